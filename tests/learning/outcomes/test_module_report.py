"""The modules' part of the outcome report: cells of (module, language, month of "before") with 5
or more people who answered both, or nothing; exports hold aggregates only."""

import csv
import io
from datetime import date

import openpyxl
import pytest

from tests.factories import UserFactory
from tests.learning.test_query_budgets import count_queries
from tests.workshops.outcomes.builders import module_answer, module_pairs, module_with_check_ins
from workshops.outcomes import services
from workshops.outcomes.module_report import ModuleFilters, module_outcome_report

pytestmark = pytest.mark.django_db

URL = "/admin/outcomes/"
FIVE_PAIRS = [(2, 4), (3, 3), (1, 4), (2, 3), (3, 5)]  # the hand-computed example of test_stats
MARCH, APRIL = date(2026, 3, 10), date(2026, 4, 20)


def report(**filters):
    return module_outcome_report(filters=ModuleFilters(**filters))


def understanding(result):
    return next(item for item in result.items if item.key == "understanding")


def test_five_who_answered_both_give_counts_and_the_hand_computed_change():
    page, _lessons, _check_in = module_with_check_ins()
    module_pairs(page, FIVE_PAIRS, answered_on=MARCH)
    result = report()
    assert [count.value for count in result.counts] == [5, 5, 5]
    change = understanding(result).change
    assert (change.n, round(change.mean_change, 2), round(change.ci_low, 2), round(change.ci_high, 2)) == (
        5,
        1.6,
        0.18,
        3.02,
    )


def test_four_who_answered_both_show_nothing_but_fewer_than_five():
    page, _lessons, _check_in = module_with_check_ins()
    module_pairs(page, FIVE_PAIRS[:4], answered_on=MARCH)
    result = report()
    assert all(count.suppressed for count in result.counts)
    assert understanding(result).change is None
    assert result.small_groups_left_out == 1


def test_a_small_language_or_month_adds_nothing_so_subtracting_reveals_nothing():
    page, _lessons, _check_in = module_with_check_ins()
    module_pairs(page, FIVE_PAIRS, answered_on=MARCH)
    module_pairs(page, [(1, 5), (1, 5)], language="es", answered_on=MARCH)  # 2 Spanish readers
    module_pairs(page, [(5, 1), (5, 1), (5, 1)], answered_on=APRIL)  # 3 in April
    everyone = report()
    english = report(language="en")
    march = report(start=date(2026, 3, 1), end=date(2026, 3, 31))
    assert everyone.answered_both.value == english.answered_both.value == march.answered_both.value == 5
    assert understanding(everyone).change == understanding(english).change
    assert report(language="es").answered_both.suppressed
    assert report(start=APRIL).answered_both.suppressed
    assert everyone.small_groups_left_out == 2


def test_a_spanish_after_pairs_with_an_english_before_in_the_same_module():
    page, _lessons, _check_in = module_with_check_ins()
    members = module_pairs(page, [(2, None)] * 5, answered_on=MARCH)
    for member in members:
        module_answer(member, page, "after", {"understanding": 4}, language="es")
    result = report(language="en")
    assert result.answered_both.value == 5 and understanding(result).change.mean_change == 2


def test_the_module_filter_picks_one_module():
    page, _lessons, _check_in = module_with_check_ins()
    other, _, _ = module_with_check_ins()
    module_pairs(page, FIVE_PAIRS, answered_on=MARCH)
    module_pairs(other, FIVE_PAIRS, answered_on=MARCH)
    assert report().answered_both.value == 10
    assert report(module_key=str(page.translation_key)).answered_both.value == 5


def test_a_member_who_declined_counts_nowhere():
    page, _lessons, _check_in = module_with_check_ins()
    members = module_pairs(page, FIVE_PAIRS, answered_on=MARCH)
    services.consent_record(member=members[0], agreed=False)
    assert report().answered_both.suppressed


def test_staff_page_and_exports_show_module_aggregates_only(client, program_staff):
    page, _lessons, check_in = module_with_check_ins(title="Calm at home")
    check_in.items[1].value["text"] = "=SUM(A1:A9)"
    check_in.save()
    members = module_pairs(page, FIVE_PAIRS, answered_on=MARCH)
    module_answer(UserFactory(), page, "before", {"understanding": 1}, comment="Private words")
    members[0].display_name = "Robin Private"
    members[0].save()
    shared = members[1].module_check_in_responses.get(occasion="after")
    shared.answers.create(item_key="comment", kind="free_text", text="This module helped me a lot", share_text=True)
    client.force_login(program_staff)
    html = client.get(URL, {"module": str(page.translation_key), "module_start": "2026-03-01"}).content.decode()
    assert "Modules" in html and "Calm at home" in html and "March 2026" in html
    assert "1.60" in html and "0.18" in html and "3.02" in html
    assert "Private words" not in html and "Robin Private" not in html
    assert "This module helped me a lot" in html  # shared, from a counted cell
    csv_body = b"".join(client.get(URL + "?export=csv")).decode()
    rows = list(csv.reader(io.StringIO(csv_body)))
    assert ["Modules: Answered both", "5"] in [row[:2] for row in rows]
    assert "Modules: =SUM(A1:A9)" in [row[0] for row in rows]  # named, so never read as a formula
    assert not any(cell[:1] in ("=", "+", "-", "@") for row in rows for cell in row if cell)
    assert "Private words" not in csv_body and "Robin" not in csv_body and "helped me" not in csv_body
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(client.get(URL + "?export=xlsx"))))
    values = [cell for row in workbook.active.iter_rows(values_only=True) for cell in row if cell is not None]
    assert "Modules: Answered both" in values and not any(str(value).startswith("=") for value in values)


def test_fewer_than_five_shows_on_the_page(client, program_staff):
    page, _lessons, _check_in = module_with_check_ins(title="Calm at home")
    module_pairs(page, FIVE_PAIRS[:3], answered_on=MARCH)
    client.force_login(program_staff)
    html = client.get(URL).content.decode()
    modules_part = html[html.index("By module, language and month") :]
    assert "fewer than 5 (left out)" in modules_part


def test_bad_module_dates_get_a_message_and_400(client, program_staff):
    client.force_login(program_staff)
    response = client.get(URL, {"module_start": "2026-05-01", "module_end": "2026-04-01"})
    assert response.status_code == 400 and "The end date must be on or after" in response.content.decode()


def test_the_report_reads_the_same_number_of_queries_with_more_module_answers(
    client, program_staff, django_assert_max_num_queries
):
    page, _lessons, _check_in = module_with_check_ins()
    module_pairs(page, FIVE_PAIRS, answered_on=MARCH)
    client.force_login(program_staff)
    client.get(URL)
    small = (count_queries(client, URL), count_queries(client, URL + "?export=csv"))
    for month in (APRIL, date(2026, 5, 5), date(2026, 6, 5)):
        module_pairs(page, FIVE_PAIRS + [(1, None)] * 5, answered_on=month)
        module_pairs(module_with_check_ins()[0], FIVE_PAIRS, language="es", answered_on=month)
    assert (count_queries(client, URL), count_queries(client, URL + "?export=csv")) == small
    with django_assert_max_num_queries(26):
        client.get(URL)
