"""What a member is offered and sees of their own check-ins. Reads only; a few queries each,
whatever the number of groups or answers."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.models import CheckIn
from learning.outcomes.blocks import FREE_TEXT
from workshops.models import (
    CheckInAnswer,
    CheckInConsent,
    CheckInResponse,
    CohortSession,
    CohortStatus,
    Enrollment,
    EnrollmentStatus,
    Occasion,
    ResponseStatus,
)

# The "after" check-in stays open this long after the last session ends.
AFTER_OPEN_FOR = timedelta(days=28)
BEFORE_COHORT_STATUSES = (CohortStatus.OPEN, CohortStatus.RUNNING)
AFTER_COHORT_STATUSES = (CohortStatus.RUNNING, CohortStatus.FINISHED)


def occasion_open(*, occasion: str, cohort, sessions: list[CohortSession], now: datetime) -> bool:
    """Before: from sign-up until the second session starts (the first ends, for a one-session
    workshop). After: from the start of the last session until four weeks after it ends."""
    held = [session for session in sessions if not session.is_cancelled]
    if not held:
        return False
    if occasion == Occasion.BEFORE:
        closes = held[1].starts_at if len(held) > 1 else held[0].ends_at
        return cohort.status in BEFORE_COHORT_STATUSES and now < closes
    last = held[-1]
    return cohort.status in AFTER_COHORT_STATUSES and last.starts_at <= now < last.ends_at + AFTER_OPEN_FOR


def check_in_id_for(workshop, occasion: str) -> int | None:
    return workshop.check_in_before_id if occasion == Occasion.BEFORE else workshop.check_in_after_id


def live_check_ins(ids: set[int], *, language: str) -> dict[int, CheckIn]:
    """{named check-in id: its live translation in `language`, else itself if live}: one query.
    A check-in not live in any of those is left out (a draft is never asked)."""
    if not ids:
        return {}
    keys = CheckIn.objects.filter(pk__in=ids).values("translation_key")
    found = list(
        CheckIn.objects.filter(
            Q(pk__in=ids) | Q(translation_key__in=keys, locale__language_code=language[:2])
        ).select_related("locale")
    )
    translated = {c.translation_key: c for c in found if c.live and c.locale.language_code == language[:2]}
    result = {}
    for named in (c for c in found if c.pk in ids):
        chosen = translated.get(named.translation_key) or (named if named.live else None)
        if chosen is not None:
            result[named.pk] = chosen
    return result


def already_answered(*, enrollment_id: int, occasion: str) -> bool:
    """Answered or skipped: either way it is not asked again."""
    return CheckInResponse.objects.filter(enrollment_id=enrollment_id, occasion=occasion).exists()


def consent_of(member) -> str | None:
    consent = CheckInConsent.objects.filter(member=member).values_list("choice", flat=True).first()
    return consent


@dataclass(frozen=True)
class Offer:
    """A group's check-in open for the member. The pages and cards it is shown on read the
    URLs and the eyebrow from here, so a module's offer (module_selectors.py) shares them."""

    enrollment: Enrollment
    occasion: str
    check_in: CheckIn

    @property
    def eyebrow(self) -> str:
        when = _("Before the workshop") if self.occasion == Occasion.BEFORE else _("After the workshop")
        return f"{self.enrollment.cohort.name} · {when}"

    @property
    def form_url(self) -> str:
        return reverse("workshops:check_in_form", args=[self.enrollment.pk, self.occasion])

    @property
    def consent_url(self) -> str:
        return reverse("workshops:check_in_consent", args=[self.enrollment.pk, self.occasion])

    @property
    def skip_url(self) -> str:
        return reverse("workshops:check_in_skip", args=[self.enrollment.pk, self.occasion])


@dataclass
class MemberCheckIns:
    declined: bool
    offers: list[Offer] = field(default_factory=list)
    answered: list[Enrollment] = field(default_factory=list)  # groups with at least one answer to look back on


def member_check_ins(
    *,
    user,
    enrolled: list[Enrollment],
    sessions: list[CohortSession],
    responses: dict,
    language: str,
    consent: str | None,
    now=None,
):
    """Open check-ins of the member's groups, from what /me/ read already: the groups, sessions,
    the member's answers ({(enrollment id, occasion): status}) and `consent` choice. One query
    (the check-ins). A member who said no is offered nothing, ever."""
    now = now or timezone.now()
    ids = {pk for e in enrolled for pk in (e.cohort.workshop.check_in_before_id, e.cohort.workshop.check_in_after_id)}
    ids.discard(None)
    if not ids:  # no group's workshop names a check-in: no query at all
        return MemberCheckIns(declined=False)
    if consent == CheckInConsent.Choice.DECLINED:
        return MemberCheckIns(declined=True)
    check_ins = live_check_ins(ids, language=language)
    by_cohort: dict[int, list[CohortSession]] = {}
    for session in sessions:
        by_cohort.setdefault(session.cohort_id, []).append(session)
    result = MemberCheckIns(declined=False)
    for enrollment in enrolled:
        for occasion in (Occasion.BEFORE, Occasion.AFTER):
            check_in = check_ins.get(check_in_id_for(enrollment.cohort.workshop, occasion))
            if (
                check_in is not None
                and (enrollment.pk, occasion) not in responses
                and occasion_open(
                    occasion=occasion,
                    cohort=enrollment.cohort,
                    sessions=by_cohort.get(enrollment.cohort_id, []),
                    now=now,
                )
            ):
                result.offers.append(Offer(enrollment=enrollment, occasion=occasion, check_in=check_in))
        if ResponseStatus.ANSWERED in (responses.get((enrollment.pk, o)) for o in Occasion.values):
            result.answered.append(enrollment)
    return result


def offer_for(*, user, enrollment_id: int, occasion: str, language: str, now=None) -> Offer | None:
    """The check-in this member may answer now for this group and occasion, else None (four queries)."""
    now = now or timezone.now()
    if occasion not in Occasion.values:
        return None
    enrollment = (
        Enrollment.objects.select_related("cohort__workshop")
        .filter(pk=enrollment_id, member=user, status=EnrollmentStatus.ENROLLED)
        .first()
    )
    if enrollment is None:
        return None
    sessions = list(enrollment.cohort.sessions.order_by("starts_at", "pk"))
    if not occasion_open(occasion=occasion, cohort=enrollment.cohort, sessions=sessions, now=now):
        return None
    named = check_in_id_for(enrollment.cohort.workshop, occasion)
    check_in = live_check_ins({named}, language=language).get(named) if named else None
    return Offer(enrollment=enrollment, occasion=occasion, check_in=check_in) if check_in else None


@dataclass(frozen=True)
class OwnRow:
    text: str
    kind: str
    before: object  # a number, or None
    after: object


def own_before_after(*, user, enrollment_id: int, language: str) -> tuple[Enrollment, list[OwnRow], list[str]] | None:
    """The member's own answers side by side, worded in their language: rows for scored questions,
    and their own comments. None for someone else's group. Four queries."""
    enrollment = Enrollment.objects.select_related("cohort__workshop").filter(pk=enrollment_id, member=user).first()
    if enrollment is None:
        return None
    responses = CheckInResponse.objects.filter(enrollment=enrollment, status=ResponseStatus.ANSWERED)
    answer_rows = CheckInAnswer.objects.filter(response__in=responses).values_list(
        "response__occasion", "item_key", "kind", "value", "text"
    )
    workshop = enrollment.cohort.workshop
    ids = {pk for pk in (workshop.check_in_before_id, workshop.check_in_after_id) if pk}
    rows, comments = own_rows(answer_rows, check_in_ids=ids, language=language)
    return enrollment, rows, comments


def own_rows(answer_rows, *, check_in_ids: set[int], language: str) -> tuple[list[OwnRow], list[str]]:
    """The member's (occasion, key, kind, value, text) answers as before/after rows worded in their
    language (from the named check-ins, one query), and their own comments."""
    answers: dict[str, dict] = {}
    comments = []
    for occasion, key, kind, value, text in answer_rows:
        if kind == FREE_TEXT:
            if text:
                comments.append(text)
            continue
        answers.setdefault(key, {"kind": kind})[occasion] = value
    wording = {}
    for check_in in live_check_ins(check_in_ids, language=language).values():
        for _kind, value in check_in.questions:
            wording.setdefault(value["key"], value["text"])
    keys = [key for key in wording if key in answers] + [key for key in answers if key not in wording]
    rows = [
        OwnRow(
            text=wording.get(key, key),
            kind=answers[key]["kind"],
            before=answers[key].get("before"),
            after=answers[key].get("after"),
        )
        for key in keys
    ]
    return rows, comments


def session_offer(*, view, user, language: str, now=None) -> Offer | None:
    """On the first session's page the "before" check-in, on the last one's the "after" one, while
    open and not yet answered or skipped: nothing for anyone else. Up to five queries."""
    if not view.is_enrolled:
        return None
    number = view.session.number
    occasion = Occasion.BEFORE if number == 1 else Occasion.AFTER if number == view.total_sessions else None
    if occasion is None or not check_in_id_for(view.workshop, occasion):
        return None
    if consent_of(user) == CheckInConsent.Choice.DECLINED:
        return None
    if CheckInResponse.objects.filter(enrollment=view.enrollment, occasion=occasion).exists():
        return None
    return offer_for(user=user, enrollment_id=view.enrollment.pk, occasion=occasion, language=language, now=now)
