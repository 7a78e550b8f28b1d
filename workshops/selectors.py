"""Reads for workshops. Each takes a fixed number of queries, whatever the number of rows.

Nothing here returns another member's name or email to a member: rosters are read only by
`cohort_roster`, which the staff views alone call.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property, reduce
from operator import or_
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import (
    Case,
    Count,
    Exists,
    IntegerField,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import get_language, ngettext

from cms.dates import local_date, local_time, machine_datetime
from cms.roles import PROGRAM_STAFF
from cms.translations import one_per_translation, source_path_of
from learning.models import LessonCompletion, LessonPage, ModulePage
from workshops.attendance.selectors import OwnCohort, OwnSession
from workshops.models import (
    ACTIVE_ENROLLMENT_STATUSES,
    SEAT_HOLDING_STATUSES,
    AttendanceRecord,
    CalendarFeed,
    CertificatePreference,
    CheckInResponse,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    Occasion,
    SessionStatus,
    WorkshopIndexPage,
    WorkshopPage,
)
from workshops.models.cohorts import JOIN_OPENS_BEFORE

UPCOMING_SESSIONS_ON_DASHBOARD = 8
# A refusal to finish a group names at most this many sessions still ahead.
MAX_SESSIONS_NAMED = 6
LIVE_COHORT_STATUSES = (CohortStatus.DRAFT, CohortStatus.OPEN, CohortStatus.RUNNING)
# Groups a member can see on /me/; finished ones move to certificates (a later feature).
DASHBOARD_COHORT_STATUSES = (CohortStatus.DRAFT, CohortStatus.OPEN, CohortStatus.RUNNING, CohortStatus.CANCELLED)
# What a page needs for its title and link ({% pageurl %}) and to be matched to its translations.
PAGE_LINK_FIELDS = ("id", "title", "slug", "path", "depth", "url_path", "live", "translation_key")
# What /me/'s panels read of a member's workshops: the title, the link and the check-ins it names.
DASHBOARD_WORKSHOP_FIELDS = (
    *PAGE_LINK_FIELDS,
    *("locale__id", "locale__language_code", "check_in_before_id", "check_in_after_id"),
)
WORKSHOP_LONG_TEXTS = ("outline", "confidentiality_agreement", "summary", "audience", "search_description")


def _count_of(model, *, cohort_field: str = "cohort", **filters) -> Coalesce:
    """COUNT(*) of related rows as a subquery, so several counts do not multiply each other's joins."""
    rows = (
        model.objects.filter(**{cohort_field: OuterRef("pk")}, **filters)
        .order_by()
        .values(cohort_field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), Value(0))


def _display_time_zone(user, cohort: Cohort) -> str:
    # Members see their own time zone; visitors see the group's (and the page says which).
    return user.time_zone if user.is_authenticated else cohort.time_zone


# --- public workshop pages ---------------------------------------------------------------


@dataclass
class WorkshopEntry:
    workshop: WorkshopPage
    open_cohorts: int


def workshop_index_entries(*, index: WorkshopIndexPage) -> list[WorkshopEntry]:
    """Live workshops of the index; a translated index also lists the original's workshops not
    translated yet. Open groups are counted over every language version of a workshop."""
    open_cohorts = (
        Cohort.objects.filter(workshop__translation_key=OuterRef("translation_key"), status=CohortStatus.OPEN)
        .order_by()
        .values("workshop__translation_key")
        .annotate(n=Count("pk"))
        .values("n")
    )
    workshops = (
        WorkshopPage.objects.filter(
            Q(path__startswith=index.path) | Q(path__startswith=source_path_of(index, "path")),
            depth=index.depth + 1,
        )
        .live()
        # A card shows the title, summary and link: not the outline (the largest column by far).
        .only(*PAGE_LINK_FIELDS, "locale_id", "summary")
        .annotate(open_cohorts=Coalesce(Subquery(open_cohorts, output_field=IntegerField()), Value(0)))
        .order_by("path")
    )
    workshops = one_per_translation(list(workshops), locale_id=index.locale_id)
    return [WorkshopEntry(workshop=w, open_cohorts=w.open_cohorts) for w in workshops]


@dataclass(frozen=True)
class OutlineHeading:
    """One session in a workshop page's "What the sessions cover": its title and objectives."""

    title: str
    objectives: list[str]


def outline_headings(workshop: WorkshopPage) -> list[OutlineHeading]:
    """The session titles and objectives of the workshop's outline, read from its stored data.
    Reading the outline's blocks would convert all of every session (rich texts, documents, and
    a query for the linked lessons) for a list that shows two plain fields: no query here."""
    session_block = workshop.outline.stream_block.child_blocks["session"]
    objectives_block = session_block.child_blocks["objectives"]
    headings = []
    for item in workshop.outline.raw_data:
        if item["type"] != "session":
            continue
        value = item["value"]
        objectives = [str(objective) for objective in objectives_block.to_python(value.get("objectives") or [])]
        headings.append(OutlineHeading(title=value.get("title", ""), objectives=objectives))
    return headings


def _readers_language_first() -> Case:
    """Groups that meet in the reader's language sort before the others."""
    return Case(When(language=get_language(), then=Value(0)), default=Value(1), output_field=IntegerField())


class OwnPlace:
    """The viewer's own place in a group, for both the workshop page and the sign-up page."""

    my_enrollment: Enrollment | None

    @property
    def my_status(self) -> str | None:
        if self.my_enrollment is None or not self.my_enrollment.is_active:
            return None
        return self.my_enrollment.status


@dataclass(frozen=True)
class SessionDate:
    iso: str  # for <time datetime>
    text: str  # "Monday, March 4, 7:00–8:30 PM EST", in the reader's language (cms/dates.py)


@dataclass
class CohortOffer(OwnPlace):
    """An open group as a member sees it: schedule, seats left, and their own place in it."""

    cohort: Cohort
    sessions: list[CohortSession]
    seats_left: int
    accepting: bool
    time_zone: str
    opens_later: bool = False
    my_enrollment: Enrollment | None = None
    # Texts of days and times already formatted for this page, shared by its offers: a group's
    # weekly sessions repeat one start and end time, and groups share days (see session_dates).
    formatted: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def first_session(self) -> CohortSession | None:
        return self.sessions[0] if self.sessions else None

    @property
    def last_session(self) -> CohortSession | None:
        return self.sessions[-1] if self.sessions else None

    @property
    def is_full(self) -> bool:
        return self.seats_left <= 0

    @cached_property
    def session_dates(self) -> list[SessionDate]:
        """Every date in the offer's time zone, formatted here once: three template filters per
        session, for every group on a workshop page, were a fifth of the page's time."""
        zone = ZoneInfo(self.time_zone)
        memo = self.formatted

        def once(key, format_, value, style) -> str:
            if key not in memo:
                memo[key] = format_(value, style)
            return memo[key]

        dates = []
        for session in self.sessions:
            starts, ends = localtime(session.starts_at, zone), localtime(session.ends_at, zone)
            # Keyed by everything the text shows: the day, the clock time, and the zone's name.
            day = once(("day", starts.date()), local_date, starts, "day")
            start = once(("time", starts.time()), local_time, starts, "time")
            end = once(("zone", ends.time(), ends.tzname()), local_time, ends, "zone")
            dates.append(SessionDate(iso=machine_datetime(starts), text=f"{capfirst(day)}, {start}–{end}"))
        return dates

    @property
    def session_date_items(self) -> str:
        """The "See every date" list's items as HTML, escaped here: one template variable instead
        of two per session (a group can meet twelve times, and a page lists every open group)."""
        pairs = ((date.iso, date.text) for date in self.session_dates)
        return format_html_join("", '<li><time datetime="{}">{}</time></li>', pairs)


def _offer_queryset(*, with_workshop: bool = True) -> QuerySet[Cohort]:
    User = get_user_model()
    cohorts = Cohort.objects.select_related("workshop") if with_workshop else Cohort.objects.all()
    return cohorts.annotate(seats_taken=_count_of(Enrollment, status__in=SEAT_HOLDING_STATUSES)).prefetch_related(
        Prefetch(
            "sessions",
            # A schedule shows when each session starts and ends: nothing else of its rows.
            queryset=CohortSession.objects.filter(status=SessionStatus.SCHEDULED)
            .only("id", "cohort_id", "number", "starts_at", "ends_at", "status")
            .order_by("number"),
            to_attr="scheduled_sessions",
        ),
        Prefetch("facilitators", queryset=User.objects.only("id", "display_name").order_by("display_name")),
    )


def sign_up_state(cohort: Cohort, now: datetime) -> tuple[bool, bool]:
    """(taking sign-ups now, sign-up opens later): they change with the clock, not the data."""
    return cohort.accepts_enrollments(now), bool(cohort.enrollment_opens_at and now < cohort.enrollment_opens_at)


def _offer(cohort: Cohort, *, time_zone: str, now: datetime, enrollment: Enrollment | None) -> CohortOffer:
    accepting, opens_later = sign_up_state(cohort, now)
    return CohortOffer(
        cohort=cohort,
        sessions=cohort.scheduled_sessions,
        seats_left=max(cohort.capacity - cohort.seats_taken, 0),
        accepting=accepting,
        opens_later=opens_later,
        time_zone=time_zone,
        my_enrollment=enrollment,
    )


def open_group_offers(
    *, workshop: WorkshopPage, time_zone: str | None, now: datetime | None = None
) -> list[CohortOffer]:
    """Open groups of every language version of a workshop, the reader's language first, with
    schedules in `time_zone` (None: each group's own zone, as visitors see them). Three queries."""
    now = now or timezone.now()
    cohorts = (
        _offer_queryset(with_workshop=False)
        .filter(workshop__translation_key=workshop.translation_key, status=CohortStatus.OPEN)
        .order_by(_readers_language_first(), "first_session_on", "pk")
    )
    offers = [_offer(c, time_zone=time_zone or c.time_zone, now=now, enrollment=None) for c in cohorts]
    formatted: dict = {}  # one page, one language: its offers share the texts they format
    for offer in offers:
        offer.formatted = formatted
    return offers


def own_workshop_enrollments(*, workshop: WorkshopPage, user) -> dict[int, Enrollment]:
    """The viewer's own enrollments in any group of the workshop (any language), by cohort id."""
    if not user.is_authenticated:
        return {}
    enrollments = Enrollment.objects.filter(
        member=user, cohort__workshop__translation_key=workshop.translation_key
    ).select_related("cohort")
    return {e.cohort_id: e for e in enrollments}


def own_live_enrollments(enrollments: dict[int, Enrollment]) -> list[Enrollment]:
    """A member is in one live group per workshop; the page says which instead of offering more."""
    return [e for e in enrollments.values() if e.is_active and e.cohort.status in LIVE_COHORT_STATUSES]


def workshop_page_context(*, workshop: WorkshopPage, user, now: datetime | None = None) -> dict:
    """Open groups of a workshop in the viewer's time zone, with the viewer's own place in each,
    and the viewer's groups not listed (no longer open). Rendered fresh: five queries."""
    now = now or timezone.now()
    offers = open_group_offers(workshop=workshop, time_zone=user.time_zone if user.is_authenticated else None, now=now)
    mine = own_workshop_enrollments(workshop=workshop, user=user)
    for offer in offers:
        offer.my_enrollment = mine.get(offer.cohort.pk)
    live = own_live_enrollments(mine)
    listed = {offer.cohort.pk for offer in offers}
    return {
        "offers": offers,
        "outline_headings": outline_headings(workshop),
        "my_other_enrollments": [e for e in live if e.cohort_id not in listed],
        "in_a_live_group": bool(live),
    }


def cohort_offer(*, cohort_id, user, now: datetime | None = None) -> CohortOffer | None:
    """One group for the sign-up page, whatever its status (the page explains a closed one)."""
    try:
        cohort_pk = int(cohort_id)
    except (TypeError, ValueError):
        return None
    cohort = _offer_queryset().filter(pk=cohort_pk).exclude(status=CohortStatus.DRAFT).first()
    if cohort is None or not cohort.workshop.live:
        return None
    enrollment = None
    if user.is_authenticated:
        enrollment = Enrollment.objects.filter(member=user, cohort=cohort).first()
    time_zone = _display_time_zone(user, cohort)
    return _offer(cohort, time_zone=time_zone, now=now or timezone.now(), enrollment=enrollment)


# --- the member's own space ----------------------------------------------------------------


@dataclass
class UpcomingSession:
    session: CohortSession
    can_join: bool

    @property
    def url(self) -> str:
        return reverse("workshops:session", args=[self.session.pk])


def _can_join(session: CohortSession, cohort: Cohort, now: datetime) -> bool:
    return (
        bool(cohort.meeting_url)
        and not session.is_cancelled
        and cohort.status in (CohortStatus.OPEN, CohortStatus.RUNNING)
        and session.join_window_contains(now)
    )


@dataclass
class MemberWorkshops:
    """Everything /me/ shows about the member's groups, read once for its three workshop panels."""

    summary: dict  # the workshops panel
    attendance: list  # the attendance panel: OwnCohort per enrolled group with a started session
    certificate_preference: CertificatePreference
    # The member's answer to "may we ask you?" (CheckInConsent.Choice, or None if never asked),
    # read with the other settings so the check-ins card needs no query of its own for it.
    check_in_consent: str | None = None
    # {(enrollment id, occasion): status} of the member's own check-in answers and skips.
    check_in_responses: dict = field(default_factory=dict)
    # The groups the member is enrolled in (not drafts) and all their sessions, in start order:
    # the practice card reads its open homework from these without asking again.
    enrolled: list[Enrollment] = field(default_factory=list)
    sessions: list[CohortSession] = field(default_factory=list)


def _own_enrollments(user) -> list[Enrollment]:
    # One read for both panels: the groups panel lists active sign-ups of groups not finished;
    # the attendance panel lists groups the member is enrolled in, finished ones too.
    listed = Q(status__in=ACTIVE_ENROLLMENT_STATUSES, cohort__status__in=DASHBOARD_COHORT_STATUSES)
    attended = Q(status=EnrollmentStatus.ENROLLED) & ~Q(cohort__status=CohortStatus.DRAFT)
    # With the member's own check-in answers (status per occasion, or None), for the check-ins card.
    own_responses = {
        f"check_in_{occasion}": Subquery(
            CheckInResponse.objects.filter(enrollment=OuterRef("pk"), occasion=occasion).values("status")[:1]
        )
        for occasion in Occasion.values
    }
    enrollments = list(
        Enrollment.objects.filter(listed | attended, member=user)
        .select_related("cohort")
        .annotate(**own_responses)
        .order_by("cohort__first_session_on", "cohort__pk")
    )
    # Their workshops in one query, each in the reader's language where a live translation
    # exists (the panels link to each by title; long texts stay behind).
    workshop_ids = {enrollment.cohort.workshop_id for enrollment in enrollments}
    workshops = _workshops_in_language(workshop_ids, language=get_language() or settings.LANGUAGE_CODE)
    for enrollment in enrollments:
        enrollment.cohort.workshop = workshops[enrollment.cohort.workshop_id]
    return enrollments


def _workshops_in_language(workshop_ids: set[int], *, language: str) -> dict[int, WorkshopPage]:
    """{workshop id: that workshop's live translation in `language`, else the workshop}, in one query."""
    if not workshop_ids:
        return {}
    own_keys = WorkshopPage.objects.filter(pk__in=workshop_ids).values("translation_key")
    found = list(
        WorkshopPage.objects.only(*DASHBOARD_WORKSHOP_FIELDS)
        .select_related("locale")
        .filter(
            Q(pk__in=workshop_ids)
            | Q(translation_key__in=Subquery(own_keys), locale__language_code=language[:2], live=True)
        )
    )
    translated = {
        page.translation_key: page for page in found if page.live and page.locale.language_code == language[:2]
    }
    return {page.pk: translated.get(page.translation_key, page) for page in found if page.pk in workshop_ids}


def _sessions_with_own_marks(user, cohort_ids: list[int]) -> list[CohortSession]:
    """Every session of these groups, each with the member's own mark (`own_mark`, or None)."""
    if not cohort_ids:
        return []
    own_mark = AttendanceRecord.objects.filter(session=OuterRef("pk"), enrollment__member=user).values("status")[:1]
    return list(
        CohortSession.objects.filter(cohort_id__in=cohort_ids)
        .annotate(own_mark=Subquery(own_mark))
        .order_by("starts_at", "pk")
    )


def _own_settings(user) -> tuple[CalendarFeed | None, CertificatePreference, str | None]:
    """The member's calendar feed, certificate choices (defaults when never chosen) and check-in
    consent, in one query."""
    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .values(
            "calendar_feed__id",
            "calendar_feed__token",
            "calendar_feed__created_at",
            "certificate_preference__id",
            "certificate_preference__printed_name",
            "certificate_preference__show_name_when_verified",
            "certificate_preference__updated_at",
            "check_in_consent__choice",
        )
        .first()
        or {}
    )
    feed = None
    if row.get("calendar_feed__id"):
        feed = CalendarFeed(
            id=row["calendar_feed__id"],
            member=user,
            token=row["calendar_feed__token"],
            created_at=row["calendar_feed__created_at"],
        )
    preference = CertificatePreference(member=user)
    if row.get("certificate_preference__id"):
        preference = CertificatePreference(
            id=row["certificate_preference__id"],
            member=user,
            printed_name=row["certificate_preference__printed_name"],
            show_name_when_verified=row["certificate_preference__show_name_when_verified"],
            updated_at=row["certificate_preference__updated_at"],
        )
    return feed, preference, row.get("check_in_consent__choice")


def member_workshops(*, user, now: datetime | None = None) -> MemberWorkshops:
    """The member's groups, next sessions, calendar link, own attendance marks, certificate
    choices and check-in consent: four queries, whatever the number of groups."""
    now = now or timezone.now()
    enrollments = _own_enrollments(user)
    enrolled = [
        e for e in enrollments if e.status == EnrollmentStatus.ENROLLED and e.cohort.status != CohortStatus.DRAFT
    ]
    sessions = _sessions_with_own_marks(user, [e.cohort_id for e in enrolled])
    cohorts = {e.cohort_id: e.cohort for e in enrolled}
    for session in sessions:
        session.cohort = cohorts[session.cohort_id]
    feed, preference, consent = _own_settings(user)
    return MemberWorkshops(
        summary=_workshops_summary(user=user, now=now, enrollments=enrollments, sessions=sessions, feed=feed),
        attendance=_own_attendance(enrolled=enrolled, sessions=sessions, now=now),
        certificate_preference=preference,
        check_in_consent=consent,
        check_in_responses={
            (e.pk, occasion): getattr(e, f"check_in_{occasion}")
            for e in enrolled
            for occasion in Occasion.values
            if getattr(e, f"check_in_{occasion}")
        },
        enrolled=enrolled,
        sessions=sessions,
    )


def _workshops_summary(*, user, now: datetime, enrollments, sessions, feed: CalendarFeed | None) -> dict:
    listed = [e for e in enrollments if e.is_active and e.cohort.status in DASHBOARD_COHORT_STATUSES]
    upcoming = [
        s for s in sessions if s.ends_at > now and s.cohort.status in (CohortStatus.OPEN, CohortStatus.RUNNING)
    ][:UPCOMING_SESSIONS_ON_DASHBOARD]
    return {
        "enrollments": listed,
        "upcoming": [UpcomingSession(session=s, can_join=_can_join(s, s.cohort, now)) for s in upcoming],
        "feed": feed,
        "feed_url": settings.SITE_URL + reverse("workshops:calendar_feed", args=[feed.token]) if feed else "",
        "time_zone": user.time_zone,
        "has_enrolled_group": any(e.status == EnrollmentStatus.ENROLLED for e in listed),
    }


def _own_attendance(*, enrolled: list[Enrollment], sessions: list[CohortSession], now: datetime) -> list[OwnCohort]:
    """Per enrolled group (not a draft), the sessions that have started, with the member's mark."""
    started: dict[int, list[OwnSession]] = defaultdict(list)
    for session in sessions:
        if session.starts_at <= now and session.status != SessionStatus.CANCELLED:
            started[session.cohort_id].append(OwnSession(session=session, status=session.own_mark or ""))
    return [OwnCohort(cohort=e.cohort, sessions=started[e.cohort_id]) for e in enrolled if started[e.cohort_id]]


def member_workshops_summary(*, user, now: datetime | None = None) -> dict:
    """The workshops panel of /me/ on its own: the member's groups, next sessions and calendar link."""
    return member_workshops(user=user, now=now).summary


# --- one session ----------------------------------------------------------------------------


@dataclass
class SessionView:
    session: CohortSession
    cohort: Cohort
    workshop: WorkshopPage
    total_sessions: int
    outline: object | None  # the outline block (StructValue) this session teaches
    time_zone: str
    enrollment: Enrollment | None
    is_facilitator: bool
    is_staff: bool
    can_join: bool
    join_opens_at: datetime
    has_ended: bool = False  # a past session never promises a link to come
    materials: list = field(default_factory=list)

    @property
    def is_enrolled(self) -> bool:
        return self.enrollment is not None and self.enrollment.status == EnrollmentStatus.ENROLLED

    @property
    def may_download_calendar(self) -> bool:
        return self.is_enrolled or self.is_facilitator


def curriculum_for(cohort: Cohort) -> WorkshopPage:
    """The workshop in the group's language (its live translation, else the workshop itself):
    what the session page and the handouts teach from, so both read like the group meets."""
    return cohort.workshop.in_language(cohort.language)


def outline_block_of(workshop: WorkshopPage, session: CohortSession):
    outlines = workshop.session_outlines
    if session.outline_block_id:
        return next((block for block in outlines if block.id == session.outline_block_id), None)
    return outlines[session.number - 1] if session.number <= len(outlines) else None


def session_view(*, session_id: int, user, now: datetime | None = None) -> SessionView | None:
    """The session as this viewer may see it, or None when they may not see it at all.

    Members of the group (enrolled, waitlisted or waiting for approval), its facilitators and
    program staff may see it. Only enrolled members and facilitators get the Join link, and
    only from 15 minutes before the start until the end.
    """
    if not user.is_authenticated:
        return None
    now = now or timezone.now()
    # The group's size and the viewer's roles come with the session, in one query.
    session = (
        _with_totals(CohortSession.objects.select_related("cohort__workshop__locale").filter(pk=session_id))
        .annotate(
            viewer_facilitates=Exists(
                Cohort.facilitators.through.objects.filter(cohort_id=OuterRef("cohort_id"), user_id=user.pk)
            ),
            viewer_is_program_staff=Exists(
                get_user_model().groups.through.objects.filter(user_id=user.pk, group__name=PROGRAM_STAFF)
            ),
        )
        .first()
    )
    if session is None or not session.cohort.workshop.live:
        return None
    cohort = session.cohort
    enrollment = Enrollment.objects.filter(cohort=cohort, member=user).first()
    is_facilitator = session.viewer_facilitates
    is_staff = user.is_superuser or session.viewer_is_program_staff
    is_member = enrollment is not None and enrollment.status in ACTIVE_ENROLLMENT_STATUSES
    if not (is_member or is_facilitator or is_staff):
        return None
    may_join = is_facilitator or (enrollment is not None and enrollment.status == EnrollmentStatus.ENROLLED)
    # A group meeting in its workshop's own language (most) needs no query for its curriculum.
    same_language = cohort.workshop.locale.language_code == cohort.language
    curriculum = cohort.workshop if same_language else curriculum_for(cohort)
    return SessionView(
        session=session,
        cohort=cohort,
        workshop=cohort.workshop,
        total_sessions=session.cohort_total,
        outline=outline_block_of(curriculum, session),
        time_zone=user.time_zone,
        enrollment=enrollment,
        is_facilitator=is_facilitator,
        is_staff=is_staff,
        can_join=may_join and _can_join(session, cohort, now),
        join_opens_at=session.starts_at - JOIN_OPENS_BEFORE,
        has_ended=now >= session.ends_at,
    )


# --- calendar feed ----------------------------------------------------------------------------


def _with_totals(sessions: QuerySet[CohortSession]) -> QuerySet[CohortSession]:
    return sessions.annotate(
        cohort_total=Subquery(
            CohortSession.objects.filter(cohort=OuterRef("cohort"))
            .order_by()
            .values("cohort")
            .annotate(n=Count("pk"))
            .values("n"),
            output_field=IntegerField(),
        )
    )


class FeedSessions(list):
    """A feed's sessions, and the language its owner reads (the feed's texts are in it)."""

    language: str = settings.LANGUAGE_CODE


def feed_sessions(*, token: str) -> FeedSessions | None:
    """Every session of the groups the feed's owner is enrolled in, or None for an unknown token."""
    owner = CalendarFeed.objects.filter(token=token).values_list("member_id", "member__preferred_language").first()
    if owner is None:
        return None
    member_id, language = owner
    sessions = FeedSessions(
        _with_totals(
            CohortSession.objects.filter(
                cohort__enrollments__member_id=member_id,
                cohort__enrollments__status=EnrollmentStatus.ENROLLED,
            )
            .exclude(cohort__status=CohortStatus.DRAFT)
            .select_related("cohort")
            .order_by("starts_at", "pk")
        )
    )
    sessions.language = language
    return sessions


# --- staff ---------------------------------------------------------------------------------------


def cohorts_matching(cohorts: QuerySet[Cohort], query: str) -> QuerySet[Cohort]:
    """Cohorts whose name or workshop title holds `query`, or with a member whose name does (the
    admin search; callers pass only cohorts the searcher may see rosters of). Exists, not a join,
    so a group with two matching members is listed once."""
    query = query.strip()
    if not query:
        return cohorts
    member_matches = Enrollment.objects.filter(cohort=OuterRef("pk"), member__display_name__icontains=query)
    return cohorts.filter(Q(name__icontains=query) | Q(workshop__title__icontains=query) | Exists(member_matches))


def staff_cohort_queryset() -> QuerySet[Cohort]:
    """Cohorts for the admin listing, with every number it shows computed in the same query."""
    return Cohort.objects.select_related("workshop").annotate(
        enrolled_count=_count_of(Enrollment, status=EnrollmentStatus.ENROLLED),
        waitlisted_count=_count_of(Enrollment, status=EnrollmentStatus.WAITLISTED),
        pending_count=_count_of(Enrollment, status=EnrollmentStatus.PENDING),
        session_count=_count_of(CohortSession),
        first_session_at=Min("sessions__starts_at"),
    )


@dataclass
class Roster:
    cohort: Cohort
    enrolled: list[Enrollment]
    pending: list[Enrollment]
    waitlisted: list[Enrollment]
    past: list[Enrollment]
    move_targets: list[Cohort]

    @property
    def seats_left(self) -> int:
        return max(self.cohort.capacity - len(self.enrolled) - len(self.pending), 0)


def cohort_roster(*, cohort: Cohort) -> Roster:
    """Who is in a group, waiting for approval, on the waitlist (in order), or gone. Staff only."""
    enrollments = list(
        Enrollment.objects.filter(cohort=cohort)
        .select_related("member")
        .only(
            "id",
            "status",
            "relationship",
            "queued_at",
            "status_changed_at",
            "cohort_id",
            "member__id",
            "member__email",
            "member__display_name",
        )
        .order_by("queued_at", "pk")
    )
    by_status: dict[str, list[Enrollment]] = {status: [] for status in EnrollmentStatus.values}
    for enrollment in enrollments:
        by_status[enrollment.status].append(enrollment)
    targets = list(
        Cohort.objects.filter(
            workshop_id=cohort.workshop_id,
            status__in=(CohortStatus.DRAFT, CohortStatus.OPEN, CohortStatus.RUNNING),
        )
        .exclude(pk=cohort.pk)
        .only("id", "name", "language")
        # Groups in the member's language first; the form preselects none of them.
        .order_by(Case(When(language=cohort.language, then=Value(0)), default=Value(1)), "name")
    )
    return Roster(
        cohort=cohort,
        enrolled=by_status[EnrollmentStatus.ENROLLED],
        pending=by_status[EnrollmentStatus.PENDING],
        waitlisted=by_status[EnrollmentStatus.WAITLISTED],
        past=by_status[EnrollmentStatus.WITHDRAWN] + by_status[EnrollmentStatus.DECLINED],
        move_targets=targets,
    )


def cohort_sessions(*, cohort: Cohort) -> list[CohortSession]:
    return list(cohort.sessions.order_by("number"))


# --- learning, for the completion rule ---------------------------------------------------------


def modules_completed_by(*, user, module_ids) -> set[int]:
    """The modules (of those given) whose live lessons this member has all completed, in any
    language (a lesson read in Spanish counts for its English original). Three queries."""
    modules = list(ModulePage.objects.filter(pk__in=list(module_ids)).only("id", "path", "depth"))
    if not modules:
        return set()
    lessons = list(
        LessonPage.objects.live()
        .filter(reduce(or_, (Q(path__startswith=m.path, depth=m.depth + 1) for m in modules)))
        .values_list("translation_key", "path")
    )
    done = set(
        LessonCompletion.objects.filter(user=user, lesson__translation_key__in=[key for key, _ in lessons]).values_list(
            "lesson__translation_key", flat=True
        )
    )
    completed = set()
    for module in modules:
        own = [key for key, path in lessons if path.startswith(module.path)]
        if own and all(key in done for key in own):
            completed.add(module.pk)
    return completed


def cohort_finish_refusal(*, cohort: Cohort, now: datetime | None = None) -> str:
    """Why the cohort cannot be marked finished yet, or "" when it can.

    A group is finished only when no scheduled session lies ahead: otherwise certificates
    would count sessions that have not happened. Staff cancel or reschedule those first.
    """
    ahead = (
        CohortSession.objects.filter(
            cohort_id=cohort.pk, status=SessionStatus.SCHEDULED, starts_at__gt=now or timezone.now()
        )
        .order_by("starts_at")
        .values_list("number", flat=True)
    )
    numbers = list(ahead[:MAX_SESSIONS_NAMED])
    if not numbers:
        return ""
    return ngettext(
        "Session %(numbers)s has not happened yet. Cancel or reschedule it before you mark the group finished.",
        "Sessions %(numbers)s have not happened yet. Cancel or reschedule them before you mark the group finished.",
        len(numbers),
    ) % {"numbers": ", ".join(str(n) for n in numbers)}
