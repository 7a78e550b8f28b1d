"""The program's outcome report: counts and averages that cannot point at a person.

Suppression is by construction, not by hiding cells after the sums:

- The smallest unit is a cell: one cohort, one language (a member's language is the one of
  their first answer). Every figure is a sum over whole cells, and every filter (workshop,
  cohort, language, dates of the group's first session) picks whole cells.
- A cell adds to no figure at all unless at least MIN_GROUP people in it answered both before
  and after. Inside a counted cell, the people who answered only before (or only after) are
  added only when they are MIN_GROUP or more. Per question, a cell adds its pairs only when it
  has MIN_GROUP pairs for that question.
- So any figure, and any difference of two figures (two date ranges, all languages minus one),
  is built from groups of MIN_GROUP or more people, or is zero. A figure on fewer people still
  shows as "fewer than 5".
- Averages are over the people who answered both (paired), so "mean before" cannot be taken
  apart into the few who answered only once.

Shared comments come only from counted cells, without name, group or date, in text order.
Nothing here is cached: each request reads the database.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Q, QuerySet

from learning.models import CheckIn
from learning.outcomes.blocks import FREE_TEXT, RANGES, SCORED_KINDS
from workshops.models import CheckInAnswer, CheckInConsent, CheckInResponse, Cohort, Occasion, ResponseStatus
from workshops.outcomes.stats import PairedChange, paired_change

MIN_GROUP = 5


@dataclass(frozen=True)
class Filters:
    workshop_key: str | None = None  # a workshop's translation_key: every language's page
    cohort_id: int | None = None
    language: str | None = None
    start: date | None = None  # the group's first session on or after
    end: date | None = None  # ... and on or before


@dataclass(frozen=True)
class Count:
    """A count of people; None when it rests on fewer than MIN_GROUP ("fewer than 5")."""

    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class ItemResult:
    key: str
    text: str
    kind: str
    low: int
    high: int
    change: PairedChange | None  # None: fewer than MIN_GROUP pairs


@dataclass(frozen=True)
class CellRow:
    cohort: Cohort
    language: str
    answered_both: Count


@dataclass
class OutcomeReport:
    answered_before: Count
    answered_after: Count
    answered_both: Count
    small_groups_left_out: int
    items: list[ItemResult] = field(default_factory=list)
    cells: list[CellRow] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    @property
    def counts(self) -> list[Count]:
        return [self.answered_before, self.answered_after, self.answered_both]


def _count(value: int) -> Count:
    return Count(value if value >= MIN_GROUP else None)


def scoped_cohorts(cohorts: QuerySet[Cohort], filters: Filters) -> QuerySet[Cohort]:
    if filters.workshop_key:
        cohorts = cohorts.filter(workshop__translation_key=filters.workshop_key)
    if filters.cohort_id:
        cohorts = cohorts.filter(pk=filters.cohort_id)
    if filters.start:
        cohorts = cohorts.filter(first_session_on__gte=filters.start)
    if filters.end:
        cohorts = cohorts.filter(first_session_on__lte=filters.end)
    return cohorts


def _counted_responses(cohorts: QuerySet[Cohort]) -> Q:
    """Answered check-ins of these groups, never of a member who said no (they count nowhere)."""
    declined = CheckInConsent.objects.filter(choice=CheckInConsent.Choice.DECLINED).values("member_id")
    return Q(
        response__status=ResponseStatus.ANSWERED,
        response__enrollment__cohort__in=cohorts,
    ) & ~Q(response__enrollment__member_id__in=declined)


def _people(cohorts: QuerySet[Cohort]) -> dict[int, dict]:
    """{enrollment id: {"cohort", "language", "occasions"}}: one query, ids only."""
    declined = CheckInConsent.objects.filter(choice=CheckInConsent.Choice.DECLINED).values("member_id")
    rows = (
        CheckInResponse.objects.filter(status=ResponseStatus.ANSWERED, enrollment__cohort__in=cohorts)
        .exclude(enrollment__member_id__in=declined)
        .order_by("occasion")  # "after" < "before": a "before" answer's language is read last, and wins
        .values_list("enrollment_id", "enrollment__cohort_id", "occasion", "language")
    )
    people: dict[int, dict] = {}
    for enrollment_id, cohort_id, occasion, language in rows:
        person = people.setdefault(enrollment_id, {"cohort": cohort_id, "occasions": set()})
        person["occasions"].add(occasion)
        person["language"] = language
    return people


def _item_labels(cohorts: QuerySet[Cohort], language: str) -> dict[str, tuple[str, str]]:
    """{key: (kind, wording)} from the check-ins these groups' workshops name."""
    ids = set()
    for before_id, after_id in cohorts.values_list("workshop__check_in_before_id", "workshop__check_in_after_id"):
        ids.update(pk for pk in (before_id, after_id) if pk)
    return item_labels(ids, language)


def item_labels(ids: set[int], language: str) -> dict[str, tuple[str, str]]:
    """{key: (kind, wording)} of the scored questions of these check-ins, in order; the wording in
    `language` where a check-in in that language exists. None, one or two queries."""
    if not ids:
        return {}
    keys = CheckIn.objects.filter(pk__in=ids).values("translation_key")
    check_ins = list(
        CheckIn.objects.filter(Q(pk__in=ids) | Q(translation_key__in=keys, locale__language_code=language))
        .select_related("locale")
        .order_by("pk")
    )
    # Own-language wording first, then the named check-ins' own.
    check_ins.sort(key=lambda check_in: check_in.locale.language_code != language)
    labels: dict[str, tuple[str, str]] = {}
    for check_in in check_ins:
        for kind, value in check_in.questions:
            if kind != FREE_TEXT:
                labels.setdefault(value["key"], (kind, value["text"]))
    return labels


def outcome_report(*, cohorts: QuerySet[Cohort], filters: Filters, language: str = "en") -> OutcomeReport:
    """The report for the cohorts this person may see, narrowed by `filters`. Five queries."""
    cohorts = scoped_cohorts(cohorts, filters)
    people = _people(cohorts)

    cells: dict[tuple[int, str], dict[str, list[int]]] = defaultdict(lambda: {"both": [], "before": [], "after": []})
    for enrollment_id, person in people.items():
        if filters.language and person["language"] != filters.language:
            continue
        add_person(cells[(person["cohort"], person["language"])], enrollment_id, person["occasions"])
    report, paired_people = counted_report(cells)
    report.items = _items(cohorts, paired_people, language)
    report.comments = _comments(cohorts, paired_people)
    cohort_names = {
        cohort.pk: cohort
        for cohort in cohorts.filter(pk__in={cohort for cohort, _ in cells}).select_related("workshop")
    }
    report.cells = sorted(
        (
            CellRow(cohort=cohort_names[cohort_id], language=lang, answered_both=_count(len(groups["both"])))
            for (cohort_id, lang), groups in cells.items()
        ),
        key=lambda row: (row.cohort.first_session_on, row.cohort.pk, row.language),
    )
    return report


def add_person(cell: dict[str, list], person, occasions: set[str]) -> None:
    """File a person under their cell: answered both, or only before, or only after."""
    group = "both" if len(occasions) == 2 else next(iter(occasions))
    cell[group].append(person)


def counted_report(cells: dict) -> tuple[OutcomeReport, dict]:
    """The counts over whole cells of MIN_GROUP+ pairs (see the module docstring), and
    {person: cell} of the people in counted cells who answered both. Shared by the groups' and
    the modules' reports; no query."""
    counted_cells = {cell: groups for cell, groups in cells.items() if len(groups["both"]) >= MIN_GROUP}
    left_out = len(cells) - len(counted_cells)
    before = after = both = 0
    for groups in counted_cells.values():
        both += len(groups["both"])
        for occasion in ("before", "after"):
            extra = len(groups[occasion])
            if extra >= MIN_GROUP:
                before, after = (before + extra, after) if occasion == "before" else (before, after + extra)
            elif extra:
                left_out += 1
    paired_people = {pk: cell for cell, groups in counted_cells.items() for pk in groups["both"]}
    report = OutcomeReport(
        answered_before=_count(before + both),
        answered_after=_count(after + both),
        answered_both=_count(both),
        small_groups_left_out=left_out,
    )
    return report, paired_people


def _items(cohorts, paired_people: dict[int, tuple], language: str) -> list[ItemResult]:
    labels = _item_labels(cohorts, language)
    if not paired_people:
        return [_empty_item(key, kind, text) for key, (kind, text) in labels.items()]
    rows = CheckInAnswer.objects.filter(_counted_responses(cohorts), kind__in=SCORED_KINDS).values_list(
        "response__enrollment_id", "response__occasion", "item_key", "value"
    )
    return paired_items(labels, rows, paired_people)


def paired_items(labels: dict, rows, paired_people: dict) -> list[ItemResult]:
    """Per question the paired change over the counted cells' people, from (person, occasion,
    key, value) rows; a cell adds a question's pairs only when it has MIN_GROUP of them."""
    values: dict[tuple, dict[str, int]] = defaultdict(dict)
    for person, occasion, key, value in rows:
        if person in paired_people:
            values[(person, key)][occasion] = value
    # Pairs per question and cell; a cell adds a question's pairs only when it has MIN_GROUP of them.
    pairs: dict[str, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
    for (person, key), answer in values.items():
        if Occasion.BEFORE in answer and Occasion.AFTER in answer:
            pairs[key][paired_people[person]].append((answer[Occasion.BEFORE], answer[Occasion.AFTER]))
    results = []
    for key, (kind, text) in labels.items():
        counted = [pair for cell_pairs in pairs[key].values() if len(cell_pairs) >= MIN_GROUP for pair in cell_pairs]
        low, high = RANGES[kind]
        change = paired_change(counted) if len(counted) >= MIN_GROUP else None
        results.append(ItemResult(key=key, text=text, kind=kind, low=low, high=high, change=change))
    return results


def _empty_item(key: str, kind: str, text: str) -> ItemResult:
    low, high = RANGES[kind]
    return ItemResult(key=key, text=text, kind=kind, low=low, high=high, change=None)


def _comments(cohorts, paired_people: dict[int, tuple]) -> list[str]:
    """Comments the member chose to share, from counted cells only, in text order (never by date)."""
    if not paired_people:
        return []
    rows = CheckInAnswer.objects.filter(_counted_responses(cohorts), kind=FREE_TEXT, share_text=True).values_list(
        "response__enrollment_id", "text"
    )
    return shared_comments(rows, paired_people)


def shared_comments(rows, paired_people: dict) -> list[str]:
    """From (person, text) rows, the comments of people in counted cells, in text order."""
    return sorted(text for person, text in rows if person in paired_people and text.strip())
