"""`seed_scale_data` gives finished groups check-in answers, so the report has something to show;
a second run replaces them."""

import pytest
from django.core.management import call_command

from tests.learning.builders import make_module
from tests.workshops.builders import make_workshop
from tests.workshops.outcomes.builders import make_check_in
from workshops.models import CheckInAnswer, CheckInResponse, Cohort, ModuleCheckInResponse
from workshops.outcomes.module_report import ModuleFilters, module_outcome_report
from workshops.outcomes.report import Filters, outcome_report


@pytest.mark.django_db
def test_scale_data_has_check_in_answers_and_the_report_shows_figures():
    module, _lessons = make_module(lessons=2)
    check_in = make_check_in()
    module.check_in_before = module.check_in_after = check_in
    module.save_revision().publish()
    make_workshop(sessions=4, check_in_before=check_in, check_in_after=check_in)
    call_command("seed_scale_data", members=200, cohorts=6, sessions=4, verbosity=0)
    first = (CheckInResponse.objects.count(), CheckInAnswer.objects.count())
    call_command("seed_scale_data", members=200, cohorts=6, sessions=4, verbosity=0)
    assert (CheckInResponse.objects.count(), CheckInAnswer.objects.count()) == first
    assert first[0] > 20
    result = outcome_report(cohorts=Cohort.objects.all(), filters=Filters())
    assert result.answered_both.value and any(item.change for item in result.items)
    modules = module_outcome_report(filters=ModuleFilters())
    assert modules.answered_both.value and any(item.change for item in modules.items)
    module_rows = ModuleCheckInResponse.objects.count()
    call_command("seed_scale_data", members=200, cohorts=6, sessions=4, verbosity=0)
    assert ModuleCheckInResponse.objects.count() == module_rows  # replaced, not added
