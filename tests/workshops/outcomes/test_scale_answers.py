"""`seed_scale_data` gives finished groups check-in answers, so the report has something to show;
a second run replaces them."""

import pytest
from django.core.management import call_command

from tests.learning.builders import make_module
from tests.workshops.builders import make_workshop
from tests.workshops.outcomes.builders import make_check_in
from workshops.models import CheckInAnswer, CheckInResponse, Cohort
from workshops.outcomes.report import Filters, outcome_report


@pytest.mark.django_db
def test_scale_data_has_check_in_answers_and_the_report_shows_figures():
    make_module(lessons=2)
    check_in = make_check_in()
    make_workshop(sessions=4, check_in_before=check_in, check_in_after=check_in)
    call_command("seed_scale_data", members=200, cohorts=6, sessions=4, verbosity=0)
    first = (CheckInResponse.objects.count(), CheckInAnswer.objects.count())
    call_command("seed_scale_data", members=200, cohorts=6, sessions=4, verbosity=0)
    assert (CheckInResponse.objects.count(), CheckInAnswer.objects.count()) == first
    assert first[0] > 20
    result = outcome_report(cohorts=Cohort.objects.all(), filters=Filters())
    assert result.answered_both.value and any(item.change for item in result.items)
