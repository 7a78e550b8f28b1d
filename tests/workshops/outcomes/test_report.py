"""The outcome report: aggregates of groups of 5 or more only, by construction, for staff."""

import csv
import io
from http import HTTPStatus

import openpyxl
import pytest

from tests.factories import UserFactory
from tests.workshops.attendance.helpers import admin_refused
from tests.workshops.builders import enroll
from tests.workshops.outcomes.builders import answer, group_with_answers, workshop_with_check_ins
from workshops.models import CheckInConsent, Cohort, Occasion
from workshops.outcomes import services
from workshops.outcomes.report import Filters, outcome_report

pytestmark = pytest.mark.django_db

URL = "/admin/outcomes/"
FIVE_PAIRS = [(2, 4), (3, 3), (1, 4), (2, 3), (3, 5)]  # the hand-computed example of test_stats


def report(**filters):
    return outcome_report(cohorts=Cohort.objects.all(), filters=Filters(**filters))


def understanding(result):
    return next(item for item in result.items if item.key == "understanding")


def test_five_who_answered_both_give_counts_and_the_hand_computed_change():
    group_with_answers(FIVE_PAIRS)
    result = report()
    assert (result.answered_before.value, result.answered_after.value, result.answered_both.value) == (5, 5, 5)
    change = understanding(result).change
    assert change.mean_change == pytest.approx(1.6)
    assert (round(change.ci_low, 4), round(change.ci_high, 4)) == (0.1843, 3.0157)
    assert change.share_improved == pytest.approx(0.8)
    assert result.small_groups_left_out == 0


def test_four_who_answered_both_show_nothing_but_fewer_than_five():
    group_with_answers(FIVE_PAIRS[:4] + [(3, None)] * 6)  # 10 answered before, only 4 both
    result = report()
    assert result.answered_before.suppressed and result.answered_after.suppressed and result.answered_both.suppressed
    assert all(item.change is None for item in result.items)
    assert result.small_groups_left_out == 1


def test_a_small_language_group_adds_to_no_figure_so_subtracting_reveals_nothing():
    cohort, _ = group_with_answers(FIVE_PAIRS)
    group_with_answers([(1, 5), (1, 5), (1, 5)], cohort=cohort, language="es")  # three Spanish speakers
    everyone, english, spanish = report(), report(language="en"), report(language="es")
    # All languages and English alone are equal: "all minus English" is zero, not three people.
    assert everyone.answered_both.value == english.answered_both.value == 5
    assert understanding(everyone).change == understanding(english).change
    assert spanish.answered_both.suppressed and understanding(spanish).change is None
    assert everyone.small_groups_left_out == 1
    cells = {(row.cohort.pk, row.language): row.answered_both for row in everyone.cells}
    assert cells[(cohort.pk, "en")].value == 5 and cells[(cohort.pk, "es")].suppressed


def test_a_small_cohort_adds_nothing_to_the_workshop_or_a_date_range():
    workshop, _check_in = workshop_with_check_ins()
    from datetime import date

    group_with_answers(FIVE_PAIRS, workshop=workshop, start=date(2030, 3, 4))
    small, _ = group_with_answers([(1, 5), (1, 5)], workshop=workshop, start=date(2030, 6, 3))
    wide, narrow = report(), report(end=date(2030, 4, 1))
    assert wide.answered_both.value == narrow.answered_both.value == 5
    assert understanding(wide).change == understanding(narrow).change
    assert report(cohort_id=small.pk).answered_both.suppressed


def test_a_few_who_answered_only_once_are_left_out_of_the_before_count():
    group_with_answers(FIVE_PAIRS + [(2, None)] * 2)
    result = report()
    # 7 answered before, but "before minus both" would show the 2: they are left out instead.
    assert (result.answered_before.value, result.answered_both.value) == (5, 5)
    assert result.small_groups_left_out == 1


def test_a_member_who_declined_counts_nowhere():
    cohort, enrollments = group_with_answers(FIVE_PAIRS)
    services.consent_record(member=enrollments[0].member, agreed=False)
    result = report()
    assert result.answered_both.suppressed
    assert CheckInConsent.objects.get(member=enrollments[0].member).choice == "declined"
    assert not enrollments[0].check_in_responses.exists()  # saying no also deleted the answers


def test_staff_page_and_exports_hold_aggregates_only(client, program_staff):
    cohort, enrollments = group_with_answers(FIVE_PAIRS)
    named = enrollments[0].member
    named.display_name = "=HYPERLINK(Robin)"
    named.save()
    answer(enroll(cohort, UserFactory()), Occasion.BEFORE, {"understanding": 1}, comment="Private words")
    extra = enroll(cohort, UserFactory())
    answer(extra, Occasion.BEFORE, {"understanding": 1})
    shared = enrollments[1].check_in_responses.get(occasion="after")
    shared.answers.create(item_key="comment", kind="free_text", text="This group helped me a lot", share_text=True)
    cohort.name = "=cmd|' /C calc'!A0"
    cohort.save()
    client.force_login(program_staff)
    page = client.get(URL).content.decode()
    assert "1.60" in page and "0.18" in page and "3.02" in page
    assert "This group helped me a lot" in page  # shared, from a counted group
    assert "Private words" not in page  # not shared
    for member in (e.member for e in enrollments):
        assert member.email not in page and str(member.display_name) not in page
    csv_body = b"".join(client.get(URL + "?export=csv")).decode()
    rows = list(csv.reader(io.StringIO(csv_body)))
    assert rows[0][:3] == ["Figure", "People", "Answer range"]
    assert ["Answered both", "5"] == rows[3][:2]
    assert "helped me" not in csv_body and "Private words" not in csv_body and "HYPERLINK" not in csv_body
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(client.get(URL + "?export=xlsx"))))
    values = [cell for row in workbook.active.iter_rows(values_only=True) for cell in row if cell is not None]
    assert "Answered before" in values and not any(str(value).startswith("=") for value in values)


def test_figures_that_look_like_formulas_are_neutralised_in_the_export(client, program_staff):
    workshop, check_in = workshop_with_check_ins()
    check_in.items[0].value["text"] = "=SUM(A1:A9)"
    check_in.save()
    group_with_answers(FIVE_PAIRS, workshop=workshop)
    client.force_login(program_staff)
    rows = list(csv.reader(io.StringIO(b"".join(client.get(URL + "?export=csv")).decode())))
    assert ["'=SUM(A1:A9)"] == [row[0] for row in rows if "SUM" in row[0]]


def test_members_and_facilitators_cannot_open_the_report(client, member):
    client.force_login(member)
    assert admin_refused(client.get(URL)) or client.get(URL).status_code in (302, 403)


def test_clinicians_can_open_the_report(client, clinician):
    client.force_login(clinician)
    assert client.get(URL).status_code == HTTPStatus.OK


def test_bad_filters_get_a_message_and_400(client, program_staff):
    client.force_login(program_staff)
    response = client.get(URL, {"start": "2030-05-01", "end": "2030-01-01"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "The end date must be on or after the start date." in response.content.decode()
    assert client.get(URL, {"cohort": "not-a-number"}).status_code == HTTPStatus.BAD_REQUEST


def _queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == HTTPStatus.OK
    return len(captured)


def test_the_report_reads_the_same_number_of_queries_for_one_group_and_many(
    client, program_staff, django_assert_max_num_queries
):
    workshop, _ = workshop_with_check_ins()
    group_with_answers(FIVE_PAIRS, workshop=workshop)
    client.force_login(program_staff)
    client.get(URL)  # warm the admin's per-process reads
    small = (_queries(client, URL), _queries(client, URL + "?export=csv"))
    for _ in range(4):
        group_with_answers(FIVE_PAIRS + [(1, None)] * 5, workshop=workshop, language="es")
    assert (_queries(client, URL), _queries(client, URL + "?export=csv")) == small
    with django_assert_max_num_queries(17):
        client.get(URL)


def test_groups_with_the_same_name_in_two_workshops_are_told_apart(client, program_staff):
    """Two workshops each run a "Morning group": the filter and the per-group table name the workshop."""
    first, _ = workshop_with_check_ins(title="Family Skills")
    second, _ = workshop_with_check_ins(title="Calm Talk")
    group_with_answers(FIVE_PAIRS, workshop=first, name="Morning group")
    group_with_answers(FIVE_PAIRS, workshop=second, name="Morning group")
    client.force_login(program_staff)
    page = client.get(URL).content.decode()
    for title in ("Family Skills", "Calm Talk"):
        assert page.count(f"Morning group · {title}") == 2, title  # one filter choice, one table row
