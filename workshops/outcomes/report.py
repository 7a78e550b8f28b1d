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
Nothing here is cached: each request reads the database. The database adds up the cells (people
per cell, and per question and cell the sums of the pairs); Python only combines the counted
cells' sums, so the work in Python grows with the number of cells, not of people or answers.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count as CountOf
from django.db.models import Exists, F, FilteredRelation, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import Coalesce

from learning.models import CheckIn
from learning.outcomes.blocks import FREE_TEXT, RANGES, SCORED_KINDS
from workshops.models import (
    CheckInAnswer,
    CheckInConsent,
    CheckInResponse,
    Cohort,
    Enrollment,
    Occasion,
    ResponseStatus,
)
from workshops.outcomes.stats import PairedChange, PairSums, paired_change, paired_change_from_sums

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
    declined = _declined()
    return Q(
        response__status=ResponseStatus.ANSWERED,
        response__enrollment__cohort__in=cohorts,
    ) & ~Q(response__enrollment__member_id__in=declined)


def _declined():
    return CheckInConsent.objects.filter(choice=CheckInConsent.Choice.DECLINED).values("member_id")


def _answered(occasion: str) -> FilteredRelation:
    return FilteredRelation(
        "check_in_responses",
        condition=Q(check_in_responses__occasion=occasion, check_in_responses__status=ResponseStatus.ANSWERED),
    )


def cell_sizes(cohorts: QuerySet[Cohort]) -> dict[tuple[int, str], dict[str, int]]:
    """{(cohort id, language): {"both", "before", "after"}}: how many people of each cell answered
    both, only before, only after. One grouped query. A person's language is the one of their
    "before" answer (of their "after" answer when they answered only after)."""
    rows = (
        Enrollment.objects.filter(cohort__in=cohorts)
        .exclude(member_id__in=_declined())
        .annotate(answered_before=_answered(Occasion.BEFORE), answered_after=_answered(Occasion.AFTER))
        .filter(Q(answered_before__isnull=False) | Q(answered_after__isnull=False))
        .annotate(cell_language=Coalesce("answered_before__language", "answered_after__language"))
        .values("cohort_id", "cell_language")
        .annotate(
            both=CountOf("pk", filter=Q(answered_before__isnull=False, answered_after__isnull=False)),
            before=CountOf("pk", filter=Q(answered_after__isnull=True)),
            after=CountOf("pk", filter=Q(answered_before__isnull=True)),
        )
        .order_by()
    )
    return {
        (row["cohort_id"], row["cell_language"]): {group: row[group] for group in ("both", "before", "after")}
        for row in rows
    }


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
    """The report for the cohorts this person may see, narrowed by `filters`. Five or six queries,
    whatever the number of groups, people or answers."""
    cohorts = scoped_cohorts(cohorts, filters)
    sizes = {
        cell: groups
        for cell, groups in cell_sizes(cohorts).items()
        if not filters.language or cell[1] == filters.language
    }
    report, counted = counted_figures(sizes)
    report.items = _items(cohorts, counted, language)
    report.comments = _comments(cohorts, counted)
    # The cohort's name and its workshop's title, not the workshop page itself.
    cohort_names = {
        cohort.pk: cohort
        for cohort in cohorts.filter(pk__in={cohort for cohort, _ in sizes})
        .only("name", "first_session_on")
        .annotate(workshop_title=F("workshop__title"))
    }
    report.cells = sorted(
        (
            CellRow(cohort=cohort_names[cohort_id], language=lang, answered_both=_count(groups["both"]))
            for (cohort_id, lang), groups in sizes.items()
        ),
        key=lambda row: (row.cohort.first_session_on, row.cohort.pk, row.language),
    )
    return report


def add_person(cell: dict[str, list], person, occasions: set[str]) -> None:
    """File a person under their cell: answered both, or only before, or only after."""
    group = "both" if len(occasions) == 2 else next(iter(occasions))
    cell[group].append(person)


def counted_figures(sizes: dict) -> tuple[OutcomeReport, set]:
    """The counts over whole cells of MIN_GROUP+ pairs (see the module docstring), from
    {cell: {"both", "before", "after"}} head counts, and the set of counted cells. No query."""
    counted_cells = {cell: groups for cell, groups in sizes.items() if groups["both"] >= MIN_GROUP}
    left_out = len(sizes) - len(counted_cells)
    before = after = both = 0
    for groups in counted_cells.values():
        both += groups["both"]
        for occasion in ("before", "after"):
            extra = groups[occasion]
            if extra >= MIN_GROUP:
                before, after = (before + extra, after) if occasion == "before" else (before, after + extra)
            elif extra:
                left_out += 1
    report = OutcomeReport(
        answered_before=_count(before + both),
        answered_after=_count(after + both),
        answered_both=_count(both),
        small_groups_left_out=left_out,
    )
    return report, set(counted_cells)


def counted_report(cells: dict) -> tuple[OutcomeReport, dict]:
    """counted_figures for cells that list their people, and {person: cell} of the people in
    counted cells who answered both (the modules' report, which pairs in Python). No query."""
    sizes = {cell: {group: len(people) for group, people in groups.items()} for cell, groups in cells.items()}
    report, counted = counted_figures(sizes)
    paired_people = {pk: cell for cell in counted for pk in cells[cell]["both"]}
    return report, paired_people


# The "before" response of the same member as an "after" answer: joined, not looped over in Python.
BEFORE = "response__enrollment__check_in_responses"


def _answered_before_too(**narrow) -> dict:
    """Filter arguments (in one filter() call, so one join) for the member's answered "before"."""
    return {f"{BEFORE}__occasion": Occasion.BEFORE, f"{BEFORE}__status": ResponseStatus.ANSWERED, **narrow}


def item_sums(cohorts: QuerySet[Cohort]) -> dict[str, dict[tuple[int, str], PairSums]]:
    """{question key: {cell: sums of its pairs}}, one grouped query: each "after" answer joined to
    the same member's "before" answer to the same question. The cell's language is the one of the
    "before" answer, as for the head counts."""
    before_value = F(f"{BEFORE}__answers__value")
    change = F("value") - before_value
    rows = (
        CheckInAnswer.objects.filter(_counted_responses(cohorts), response__occasion=Occasion.AFTER)
        .filter(kind__in=SCORED_KINDS, **_answered_before_too(**{f"{BEFORE}__answers__item_key": F("item_key")}))
        .values("item_key", cohort_id=F("response__enrollment__cohort_id"), cell_language=F(f"{BEFORE}__language"))
        .annotate(
            n=CountOf("pk"),
            before=Sum(before_value),
            after=Sum("value"),
            change=Sum(change),
            change_squared=Sum(change * change),
            improved=CountOf("pk", filter=Q(value__gt=before_value)),
        )
        .order_by()
    )
    sums: dict[str, dict[tuple[int, str], PairSums]] = defaultdict(dict)
    for row in rows:
        sums[row["item_key"]][(row["cohort_id"], row["cell_language"])] = PairSums(
            row["n"], row["before"], row["after"], row["change"], row["change_squared"], row["improved"]
        )
    return sums


def _items(cohorts, counted: set, language: str) -> list[ItemResult]:
    labels = _item_labels(cohorts, language)
    sums = item_sums(cohorts) if counted else {}
    results = []
    for key, (kind, text) in labels.items():
        # A counted cell adds a question's pairs only when it has MIN_GROUP of them.
        cells = [cell for cell, cell_sums in sums.get(key, {}).items() if cell in counted and cell_sums.n >= MIN_GROUP]
        total = sum((sums[key][cell] for cell in cells), PairSums(0, 0, 0, 0, 0, 0))
        low, high = RANGES[kind]
        change = paired_change_from_sums(total) if total.n >= MIN_GROUP else None
        results.append(ItemResult(key=key, text=text, kind=kind, low=low, high=high, change=change))
    return results


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


def _comments(cohorts, counted: set) -> list[str]:
    """Comments the member chose to share, from counted cells only, in text order (never by date).
    Only people who answered both are in a counted cell; their cell's language is their "before"'s."""
    if not counted:
        return []
    answered_after = CheckInResponse.objects.filter(
        enrollment=OuterRef("response__enrollment"), occasion=Occasion.AFTER, status=ResponseStatus.ANSWERED
    )
    rows = (
        CheckInAnswer.objects.filter(_counted_responses(cohorts), kind=FREE_TEXT, share_text=True)
        .filter(Exists(answered_after), **_answered_before_too())
        .values_list("response__enrollment__cohort_id", f"{BEFORE}__language", "text")
    )
    return sorted(text for cohort_id, lang, text in rows if (cohort_id, lang) in counted and text.strip())


def shared_comments(rows, paired_people: dict) -> list[str]:
    """From (person, text) rows, the comments of people in counted cells, in text order."""
    return sorted(text for person, text in rows if person in paired_people and text.strip())
