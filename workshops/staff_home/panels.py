"""Dashboard panels on the Wagtail admin home for program staff and facilitators.

Wagtail renders each panel on its home (`construct_homepage_panels`); every panel reads its
own list in one capped query (workshops.staff_home.selectors), so the home costs the same
with ten members or ten thousand.
"""

from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from cms.roles import CLINICIANS, has_role
from workshops.attendance.permissions import is_program_staff, sees_cohorts
from workshops.staff_home import selectors


def _viewer_zone(user) -> str:
    return user.time_zone


class StaffHomePanel(Component):
    """One list on the staff home; hidden when it has nothing to show."""

    name = ""
    heading = ""
    template_name = ""
    order = 100

    def __init__(self, request):
        self.request = request

    def rows(self, *, now) -> dict:
        raise NotImplementedError

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        context = {
            "panel": self,
            "time_zone": _viewer_zone(self.request.user),
            "rows_per_list": selectors.ROWS_PER_LIST,  # a full list links to all cohorts
        }
        context.update(self.rows(now=now))
        return context


class SessionsPanel(StaffHomePanel):
    """Today's and this week's sessions, each with where its attendance stands."""

    name = "kinship_sessions"
    heading = _("Sessions today and this week")
    template_name = "workshops/staff_home/sessions_panel.html"
    order = 10

    def rows(self, *, now) -> dict:
        zone = _viewer_zone(self.request.user)
        today = now.astimezone(ZoneInfo(zone)).date()
        today_rows, later = selectors.week_sessions(user=self.request.user, today=today, zone=zone, now=now)
        return {"today": today_rows, "later": later, "states": selectors.AttendanceState}


class SignupsPanel(StaffHomePanel):
    name = "kinship_signups"
    heading = _("Sign-ups waiting")
    template_name = "workshops/staff_home/signups_panel.html"
    order = 20

    def rows(self, *, now) -> dict:
        return {"cohorts": selectors.signups_waiting()}


class CertificatesPanel(StaffHomePanel):
    name = "kinship_certificates"
    heading = _("Certificates being prepared or failed")
    template_name = "workshops/staff_home/certificates_panel.html"
    order = 30

    def rows(self, *, now) -> dict:
        return {"cohorts": selectors.certificates_in_progress()}


class FinishPanel(StaffHomePanel):
    name = "kinship_finish"
    heading = _("Groups that ended")
    template_name = "workshops/staff_home/finish_panel.html"
    order = 40

    def rows(self, *, now) -> dict:
        return {"cohorts": selectors.cohorts_to_finish(now=now)}


def writes_no_content(user) -> bool:
    """Program staff only: no page, image or review rights (clinicians and superusers have them)."""
    return is_program_staff(user) and not user.is_superuser and not has_role(user, CLINICIANS)


def staff_home_panels(request) -> list[Component]:
    """Program staff see every list; a facilitator sees their own groups' sessions only."""
    user = request.user
    if is_program_staff(user):
        return [SessionsPanel(request), SignupsPanel(request), CertificatesPanel(request), FinishPanel(request)]
    if sees_cohorts(request):  # a facilitator: read once per request, the admin menu asks too
        return [SessionsPanel(request)]
    return []
