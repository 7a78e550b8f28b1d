"""The emails members get about their groups, in plain text and HTML.

Subjects and the sender stay discreet: an inbox preview is often seen by others, so no
subject names the workshop or what it is about. Only the day of the week, at most.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms.dates import in_zone, local_date
from cms.email import default_from_email
from cms.models import SiteSettings
from workshops.ics import CALENDAR_CONTENT_TYPE, build_calendar, session_url
from workshops.models import AttendanceApology, CohortSession, Enrollment, EnrollmentStatus

ENROLLMENT_KINDS = ("enrolled", "waitlisted", "pending", "promoted", "declined", "group_cancelled")
SESSION_KINDS = ("rescheduled", "cancelled", "reminder")
# Confirmations carry the group's sessions as an .ics attachment.
KINDS_WITH_CALENDAR = ("enrolled", "promoted")


def _subject(kind: str, *, weekday: str = "") -> str:
    subjects = {
        "enrolled": _("You have a place in your group"),
        "waitlisted": _("You are on the waitlist"),
        "pending": _("We received your request"),
        "promoted": _("Good news: a place opened up for you"),
        "declined": _("About your request"),
        "group_cancelled": _("Your group will not go ahead"),
        "rescheduled": _("Your session on %(weekday)s has moved"),
        "cancelled": _("Your session on %(weekday)s is cancelled"),
        "reminder": _("Reminder: your session on %(weekday)s"),
        "apology": _("An apology for the session on %(weekday)s"),
    }
    return subjects[kind] % {"weekday": weekday} if "%(weekday)s" in subjects[kind] else subjects[kind]


def _program_name() -> str:
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).program_name if site else "Kinship"


def _render(kind: str, context: dict) -> tuple[str, str]:
    text = render_to_string(f"workshops/emails/{kind}.txt", context)
    html = render_to_string(f"workshops/emails/{kind}.html", context)
    return text, html


def _message(*, to: str, subject: str, kind: str, context: dict) -> EmailMultiAlternatives:
    context = {
        "program_name": _program_name(),
        "dashboard_url": settings.SITE_URL + reverse("dashboard"),
        "site_url": settings.SITE_URL,
        **context,
    }
    text, html = _render(kind, context)
    message = EmailMultiAlternatives(subject=subject, body=text, from_email=default_from_email(), to=[to])
    message.attach_alternative(html, "text/html")
    return message


def weekday_in(zone_name: str, session: CohortSession) -> str:
    """The day of the week, for the middle of a subject line ("your session on Thursday")."""
    return local_date(in_zone(session.starts_at, zone_name), "weekday")


def enrollment_message(enrollment: Enrollment, kind: str) -> EmailMultiAlternatives:
    """The email for an enrollment event; `enrollment` comes with cohort, member and sessions."""
    member = enrollment.member
    cohort = enrollment.cohort
    sessions = list(cohort.sessions.all())
    with translation.override(member.preferred_language):
        message = _message(
            to=member.email,
            subject=_subject(kind),
            kind=f"enrollment_{kind}",
            context={
                "member": member,
                "cohort": cohort,
                "sessions": [s for s in sessions if not s.is_cancelled],
                "time_zone": member.time_zone,
                "is_enrolled": enrollment.status == EnrollmentStatus.ENROLLED,
            },
        )
    if kind in KINDS_WITH_CALENDAR and sessions:
        totals = {cohort.pk: len(sessions)}
        calendar = build_calendar(sessions, totals=totals, method="PUBLISH", language=member.preferred_language)
        message.attach("sessions.ics", calendar, CALENDAR_CONTENT_TYPE)
    return message


def session_message(session: CohortSession, member, kind: str) -> EmailMultiAlternatives:
    """A session's change or reminder for one member, with the day in the member's own time zone."""
    with translation.override(member.preferred_language):
        return _message(
            to=member.email,
            subject=_subject(kind, weekday=weekday_in(member.time_zone, session)),
            kind=f"session_{kind}",
            context={
                "member": member,
                "cohort": session.cohort,
                "session": session,
                "session_url": session_url(session),
                "time_zone": member.time_zone,
                # From the second session on, a reminder asks about the practice in general
                # words only: the homework's own text may name the subject, and inboxes are seen.
                "asks_about_practice": kind == "reminder" and session.number > 1,
                "practice_url": settings.SITE_URL + reverse("dashboard") + "#practice",
            },
        )


def apology_notice_message(apology: AttendanceApology, facilitator) -> EmailMultiAlternatives:
    """Tell a facilitator that a member can't come. The note stays on the sheet, not in an inbox."""
    session = apology.session
    with translation.override(facilitator.preferred_language):
        return _message(
            to=facilitator.email,
            subject=_subject("apology", weekday=weekday_in(facilitator.time_zone, session)),
            kind="staff_apology",
            context={
                "member": facilitator,
                "absent_name": apology.enrollment.member.display_name,
                "has_note": bool(apology.note),
                "cohort": session.cohort,
                "session": session,
                "time_zone": facilitator.time_zone,
                "sheet_url": settings.SITE_URL + reverse("attendance:sheet", args=[session.pk]),
            },
        )
