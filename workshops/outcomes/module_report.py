"""The modules' part of the outcome report: the same suppression by construction as the groups'
(workshops/outcomes/report.py), over different cells.

- A person is a member in one module (its languages together: a Spanish "after" pairs with an
  English "before"). Their cell is (module, language, calendar month) of their "before" answer
  (of their "after" one when they skipped "before").
- Every filter (module, language, date range) picks whole cells: a date range takes the months
  it touches, whole.
- A cell adds to no figure unless MIN_GROUP or more people in it answered both; inside it the
  "only before" and "only after" people are added only when they are MIN_GROUP or more; per
  question a cell adds its pairs only when it has MIN_GROUP of them. A member who said no counts
  nowhere. Nothing is cached.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.db.models import Q

from learning.models import ModulePage
from learning.outcomes.blocks import FREE_TEXT, SCORED_KINDS
from workshops.models import CheckInConsent, ModuleCheckInAnswer, ModuleCheckInResponse, ResponseStatus
from workshops.outcomes.report import (
    Count,
    OutcomeReport,
    _count,
    add_person,
    counted_report,
    item_labels,
    paired_items,
    shared_comments,
)


@dataclass(frozen=True)
class ModuleFilters:
    module_key: str | None = None  # a module's translation_key: every language's page
    language: str | None = None
    start: date | None = None  # months from the one holding this day ...
    end: date | None = None  # ... to the one holding this day


@dataclass(frozen=True)
class ModuleCellRow:
    module: str  # the module's title
    language: str
    month: date  # the first day of the month
    answered_both: Count


def _month(day: date) -> date:
    return day.replace(day=1)


def _answered(filters: ModuleFilters) -> Q:
    """Answered module check-ins in scope, never of a member who said no."""
    declined = CheckInConsent.objects.filter(choice=CheckInConsent.Choice.DECLINED).values("member_id")
    scope = Q(status=ResponseStatus.ANSWERED) & ~Q(member_id__in=declined)
    if filters.module_key:
        scope &= Q(module__translation_key=filters.module_key)
    return scope


def _people(filters: ModuleFilters) -> dict[tuple, dict]:
    """{(member id, module key): {"occasions", "language", "month"}}: one query, ids only."""
    rows = (
        ModuleCheckInResponse.objects.filter(_answered(filters))
        .order_by("occasion")  # "after" < "before": a "before" answer's language and month win
        .values_list("member_id", "module__translation_key", "occasion", "language", "answered_on")
    )
    people: dict[tuple, dict] = {}
    for member_id, key, occasion, language, answered_on in rows:
        person = people.setdefault((member_id, key), {"occasions": set()})
        person["occasions"].add(occasion)
        person["language"] = language
        person["month"] = _month(answered_on)
    return people


def _in_scope(person: dict, filters: ModuleFilters) -> bool:
    if filters.language and person["language"] != filters.language:
        return False
    if filters.start and person["month"] < _month(filters.start):
        return False
    return not (filters.end and person["month"] > _month(filters.end))


def _answer_rows(filters: ModuleFilters, **narrow):
    scope = _answered(filters)
    return ModuleCheckInAnswer.objects.filter(
        response__in=ModuleCheckInResponse.objects.filter(scope).values("pk"), **narrow
    )


def module_outcome_report(*, filters: ModuleFilters, language: str = "en") -> OutcomeReport:
    """The modules' counts, paired change per question, cells and shared comments. Six queries."""
    cells: dict[tuple, dict[str, list]] = defaultdict(lambda: {"both": [], "before": [], "after": []})
    for (member_id, key), person in _people(filters).items():
        if _in_scope(person, filters):
            add_person(cells[(key, person["language"], person["month"])], (member_id, key), person["occasions"])
    report, paired_people = counted_report(cells)

    # Modules naming a check-in (their questions), and those answered in (their titles).
    modules = ModulePage.objects.filter(
        Q(check_in_before__isnull=False)
        | Q(check_in_after__isnull=False)
        | Q(translation_key__in={key for key, _lang, _month in cells})
    )
    if filters.module_key:
        modules = modules.filter(translation_key=filters.module_key)
    titles, ids = {}, set()
    for key, title, locale, before_id, after_id in modules.values_list(
        "translation_key", "title", "locale__language_code", "check_in_before_id", "check_in_after_id"
    ):
        if key not in titles or locale == language:
            titles[key] = title
        ids.update(pk for pk in (before_id, after_id) if pk)
    labels = item_labels(ids, language)
    if paired_people:
        rows = (
            ((member_id, key), occasion, item, value)
            for member_id, key, occasion, item, value in _answer_rows(filters, kind__in=SCORED_KINDS).values_list(
                "response__member_id", "response__module__translation_key", "response__occasion", "item_key", "value"
            )
        )
        report.items = paired_items(labels, rows, paired_people)
        comments = _answer_rows(filters, kind=FREE_TEXT, share_text=True).values_list(
            "response__member_id", "response__module__translation_key", "text"
        )
        report.comments = shared_comments((((m, k), text) for m, k, text in comments), paired_people)
    else:
        report.items = paired_items(labels, [], {})
    report.cells = sorted(
        (
            ModuleCellRow(
                module=titles.get(key, ""), language=lang, month=month, answered_both=_count(len(groups["both"]))
            )
            for (key, lang, month), groups in cells.items()
        ),
        key=lambda row: (row.module, row.month, row.language),
    )
    return report
