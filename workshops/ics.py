"""RFC 5545 calendars for sessions: one .ics per session, a member's feed, email attachments.

Titles are discreet on purpose ("Group session 2 of 6"): calendars are often shared with
family or an employer, so nothing in them says what the group is about.
"""

from collections.abc import Iterable
from datetime import timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from workshops.models import CohortSession, CohortStatus

PRODID = "-//Kinship//Group sessions//EN"
CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"
# How often subscribed calendar apps should fetch the feed again.
FEED_REFRESH = timedelta(hours=4)


def session_url(session: CohortSession) -> str:
    return settings.SITE_URL + reverse("workshops:session", args=[session.pk])


def session_uid(session: CohortSession) -> str:
    # Stable across edits so calendars update the event instead of adding a second one.
    host = urlsplit(settings.SITE_URL).hostname or "kinship"
    return f"session-{session.pk}@{host}"


def session_title(session: CohortSession, *, total: int | None = None) -> str:
    if total:
        return _("Group session %(number)s of %(total)s") % {"number": session.number, "total": total}
    return _("Group session %(number)s") % {"number": session.number}


def session_event(session: CohortSession, *, total: int | None = None) -> Event:
    """A VEVENT in the cohort's own time zone (DTSTART;TZID=...), so it follows DST rules."""
    zone = ZoneInfo(session.cohort.time_zone)
    url = session_url(session)
    event = Event()
    event.add("uid", session_uid(session))
    event.add("dtstamp", (session.updated_at or timezone.now()).astimezone(ZoneInfo("UTC")))
    event.add("dtstart", session.starts_at.astimezone(zone))
    event.add("dtend", session.ends_at.astimezone(zone))
    event.add("summary", session_title(session, total=total))
    event.add("sequence", session.sequence)
    cancelled = session.is_cancelled or session.cohort.status == CohortStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("url", url)
    event.add("description", _("Materials and the link to join: %(url)s") % {"url": url})
    if session.cohort.location:
        event.add("location", session.cohort.location)
    return event


def build_calendar(
    sessions: Iterable[CohortSession],
    *,
    totals: dict[int, int] | None = None,
    method: str | None = None,
    feed=False,
    language: str | None = None,
) -> bytes:
    """A complete VCALENDAR with the VTIMEZONE of every zone its events use, its texts in
    `language` (the member's preferred language; the active one if not given)."""
    with translation.override(language or translation.get_language()):
        return _build_calendar(sessions, totals=totals, method=method, feed=feed)


def _build_calendar(sessions, *, totals, method, feed) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if feed:
        calendar.add("x-wr-calname", _("Group sessions"))
        calendar.add("refresh-interval", FEED_REFRESH, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", "PT4H")  # Outlook's older name for the same hint
    totals = totals or {}
    sessions = list(sessions)
    for session in sessions:
        calendar.add_component(session_event(session, total=totals.get(session.cohort_id)))
    if sessions:
        # VTIMEZONE rules only for the years the events span (a year's margin each side), not 1970-2038.
        first = min(s.starts_at for s in sessions).date()
        last = max(s.ends_at for s in sessions).date()
        calendar.add_missing_timezones(
            first_date=first.replace(year=first.year - 1, day=1), last_date=last.replace(year=last.year + 1, day=1)
        )
    return calendar.to_ical()
