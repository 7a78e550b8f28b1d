"""A workshop to suggest when a reader finishes a module (learning/next_steps.py asks).

One query: a live workshop in the module's language, those that build on this module first
(it is in their completion rule), then those with a group open for sign-up.
"""

from django.db.models import Case, Exists, IntegerField, OuterRef, Value, When

from learning.next_steps import Suggestion
from workshops.models import Cohort, CohortStatus, WorkshopPage
from workshops.models.pages import WorkshopRequiredModule


def workshop_for_module(*, module, request) -> Suggestion | None:
    builds_on = Exists(WorkshopRequiredModule.objects.filter(workshop=OuterRef("pk"), module=module))
    has_open_group = Exists(Cohort.objects.filter(workshop=OuterRef("pk"), status=CohortStatus.OPEN))
    workshop = (
        WorkshopPage.objects.live()
        .public()
        .filter(locale_id=module.locale_id)
        .filter(builds_on | has_open_group)
        .annotate(rank=Case(When(builds_on, then=Value(0)), default=Value(1), output_field=IntegerField()))
        .order_by("rank", "path")
        .only("title", "summary", "url_path", "path", "depth")
        .first()
    )
    if workshop is None:
        return None
    return Suggestion(title=workshop.title, url=workshop.get_url(request), summary=workshop.summary)
