"""Wires attendance into the Wagtail admin: its URLs, a menu item, and audit-log messages.
Imported by workshops/wagtail_hooks.py (Wagtail looks for hooks in each app's top module)."""

from django.urls import include, path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from workshops.attendance import admin_views, services
from workshops.attendance.permissions import sees_cohorts
from workshops.models import AttendanceStatus

urlpatterns = [
    path("", admin_views.AttendanceIndexView.as_view(), name="index"),
    path("sessions/<int:pk>/", admin_views.SessionSheetView.as_view(), name="sheet"),
    path("cohorts/<int:pk>/", admin_views.CohortReportView.as_view(), name="cohort"),
    path("report/", admin_views.ProgramReportView.as_view(), name="program"),
]


@hooks.register("register_admin_urls")
def register_attendance_urls():
    return [path("attendance/", include((urlpatterns, admin_views.URL_NAMESPACE), namespace=admin_views.URL_NAMESPACE))]


class AttendanceMenuItem(MenuItem):
    def is_shown(self, request):
        return sees_cohorts(request)


@hooks.register("register_admin_menu_item")
def register_attendance_menu_item():
    return AttendanceMenuItem(
        gettext_lazy("Attendance"), admin_views.attendance_url("index"), icon_name="tasks", order=230
    )


def _status_label(value) -> str:
    return str(AttendanceStatus(value).label) if value else _("no mark")


class AttendanceChangeFormatter(LogFormatter):
    """'Session 3: enrollment 14 present → absent; …' — ids, never names, as every log here."""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        changes = "; ".join(
            _("enrollment %(id)s: %(old)s → %(new)s%(note)s")
            % {
                "id": change.get("enrollment"),
                "old": _status_label(change.get("from")),
                "new": _status_label(change.get("to")),
                "note": _(" (note changed)") if change.get("note_changed") else "",
            }
            for change in data.get("changes", [])
        )
        return _("%(what)s, session %(number)s: %(changes)s") % {
            "what": self.message,
            "number": data.get("number", "?"),
            "changes": changes,
        }


def _formatter(label, message):
    return type("Formatter", (AttendanceChangeFormatter,), {"label": label, "message": message})


@hooks.register("register_log_actions")
def register_attendance_log_actions(actions):
    actions.register_action(services.LOG_SHEET_SAVED)(
        _formatter(gettext_lazy("Record attendance"), gettext_lazy("Attendance recorded"))
    )
    actions.register_action(services.LOG_APOLOGY_SENT)(
        _formatter(gettext_lazy("Send apology"), gettext_lazy("Apology sent by the member"))
    )
    actions.register_action(services.LOG_APOLOGY_WITHDRAWN)(
        _formatter(gettext_lazy("Take back apology"), gettext_lazy("Apology taken back by the member"))
    )
