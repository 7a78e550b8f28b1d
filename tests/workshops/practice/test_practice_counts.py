"""Facilitators see counts of practice answers only: never who, never notes; small counts are
hidden, and so is any count from which a small group could be worked out by subtracting."""

from datetime import timedelta
from http import HTTPStatus

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.workshops.attendance.helpers import cohort_with_members, sheet_url, signed_in_at
from workshops.models import PracticeAnswer
from workshops.practice.selectors import ShownCount, practice_counts, shown_counts

SHEET_BUDGET = 13  # the sheet page (10, tests/workshops/attendance) plus the practice counts (3)


def answer_practice(enrollments, session, tried: int, not_this_week: int, note: str = "") -> None:
    answers = ["tried"] * tried + ["not_this_week"] * not_this_week
    PracticeAnswer.objects.bulk_create(
        PracticeAnswer(session=session, enrollment=e, answer=a, note=note)
        for e, a in zip(enrollments, answers, strict=False)
    )


@pytest.mark.parametrize(
    ("members", "tried", "not_this_week", "expected"),
    [
        (12, 7, 5, (ShownCount(7), ShownCount(5))),  # everyone answered: nothing to hide
        (12, 2, 5, (ShownCount(None, "fewer"), ShownCount(5))),
        (12, 0, 0, (ShownCount(None, "fewer"), ShownCount(None, "fewer"))),
        (12, 9, 1, (ShownCount(9), ShownCount(None, "fewer"))),
        # 7 + 3 of 12: "2 did not answer" would follow, so the smaller count is hidden too.
        (12, 7, 3, (ShownCount(7), ShownCount(None, "at_least"))),
        (12, 3, 8, (ShownCount(None, "at_least"), ShownCount(8))),
        (2, 2, 0, (ShownCount(None, "fewer"), ShownCount(None, "fewer"))),
    ],
)
def test_small_counts_and_counts_that_reveal_a_small_rest_are_hidden(members, tried, not_this_week, expected):
    assert shown_counts(members=members, tried=tried, not_this_week=not_this_week) == expected


def revealed_rests(members: int, tried: ShownCount, not_this_week: ShownCount) -> set[int]:
    """Every 'did not answer' number consistent with what is shown (what a reader can work out)."""

    def possible(shown: ShownCount) -> range:
        if shown.hidden_as == "fewer":
            return range(0, 3)
        if shown.hidden_as == "at_least":
            return range(3, members + 1)
        return range(shown.value, shown.value + 1)

    return {members - t - n for t in possible(tried) for n in possible(not_this_week) if members - t - n >= 0}


@pytest.mark.parametrize("members", [3, 5, 12])
def test_no_shown_pair_pins_down_a_small_group_that_did_not_answer(members):
    for tried in range(members + 1):
        for not_this_week in range(members - tried + 1):
            rest = members - tried - not_this_week
            shown = shown_counts(members=members, tried=tried, not_this_week=not_this_week)
            if 0 < rest < 3:
                assert revealed_rests(members, *shown) != {rest}, (tried, not_this_week)


@pytest.mark.django_db
def test_the_next_sessions_sheet_shows_counts_and_no_names_or_notes(client, program_staff):
    cohort, enrollments = cohort_with_members(members=12)
    first, second = cohort.sessions.get(number=1), cohort.sessions.get(number=2)
    answer_practice(enrollments, first, tried=7, not_this_week=5, note="Very private words")
    client.force_login(program_staff)
    html = client.get(sheet_url(second)).content.decode()
    section = html.split('id="practice-heading"')[1].split("</section>")[0]
    assert "7 of 12 tried it" in section and "5 said not this week" in section
    assert "Very private words" not in html
    for enrollment in enrollments:
        assert enrollment.member.display_name not in section
    assert 'id="practice-heading"' not in client.get(sheet_url(first)).content.decode()


def pages_with_counts(client, staff, *, members: int, tried: int, not_this_week: int) -> tuple[str, str]:
    """The next session's sheet and the group's sessions page, after answers to the first practice."""
    cohort, enrollments = cohort_with_members(members=members)
    first, second = cohort.sessions.get(number=1), cohort.sessions.get(number=2)
    answer_practice(enrollments, first, tried=tried, not_this_week=not_this_week)
    client.force_login(staff)
    sheet = client.get(sheet_url(second)).content.decode()
    with signed_in_at(client, staff, first.ends_at):
        sessions_page = client.get(f"/admin/cohorts/sessions/{cohort.pk}/").content.decode()
    return sheet, sessions_page


@pytest.mark.django_db
def test_counts_under_3_show_as_fewer_than_3_on_the_sheet_and_the_cohort_sessions(client, program_staff):
    for html in pages_with_counts(client, program_staff, members=12, tried=2, not_this_week=1):
        assert "Fewer than 3 of 12 tried it" in html and "fewer than 3 said not this week" in html
        assert "2 of 12" not in html and "1 said" not in html


@pytest.mark.django_db
def test_members_who_left_do_not_count():
    cohort, enrollments = cohort_with_members(members=6)
    first = cohort.sessions.get(number=1)
    answer_practice(enrollments, first, tried=6, not_this_week=0)
    enrollments[0].status = "withdrawn"
    enrollments[0].save()
    counts = practice_counts(sessions=[first])[first.pk]
    assert (counts.members, counts.tried) == (5, ShownCount(5))


@pytest.mark.django_db
def test_the_counts_cost_the_same_for_a_small_and_a_large_group(client, program_staff, django_assert_max_num_queries):
    costs = []
    for members in (4, 40):
        # Again each round: the sign-in at the session's (past) time below has expired since.
        client.force_login(program_staff)
        cohort, enrollments = cohort_with_members(members=members, sessions=8)
        sessions = list(cohort.sessions.order_by("number"))
        for session in sessions[:5]:
            answer_practice(enrollments, session, tried=members // 2, not_this_week=members // 4)
        client.get(sheet_url(sessions[5]))
        with CaptureQueriesContext(connection) as sheet:
            assert client.get(sheet_url(sessions[5])).status_code == HTTPStatus.OK
        with signed_in_at(client, program_staff, sessions[5].ends_at):
            client.get(f"/admin/cohorts/sessions/{cohort.pk}/")
            with CaptureQueriesContext(connection) as overview:
                assert client.get(f"/admin/cohorts/sessions/{cohort.pk}/").status_code == HTTPStatus.OK
        with CaptureQueriesContext(connection) as selector:
            practice_counts(sessions=sessions)
        costs.append((len(sheet), len(overview), len(selector)))
    assert costs[0] == costs[1]
    assert costs[1][0] <= SHEET_BUDGET and costs[1][2] == 2


@pytest.mark.django_db
def test_me_costs_the_same_with_open_practice_in_1_and_10_groups(client, django_assert_max_num_queries):
    from tests.factories import UserFactory
    from tests.workshops.builders import enroll, make_cohort, make_workshop
    from tests.workshops.test_query_budgets import DASHBOARD_BUDGET, count_queries

    member = UserFactory()
    cohorts = [make_cohort(make_workshop(sessions=3)) for _ in range(10)]
    moment = cohorts[0].sessions.get(number=1).ends_at + timedelta(hours=1)
    with time_machine.travel(moment, tick=False):
        client.force_login(member)
        enroll(cohorts[0], member)
        small = count_queries(client, "/me/")
        for cohort in cohorts[1:]:
            enrollment = enroll(cohort, member)
            PracticeAnswer.objects.create(
                session=cohort.sessions.get(number=1), enrollment=enrollment, answer="tried", note="A note"
            )
        large = count_queries(client, "/me/")
        page = client.get("/me/").content.decode()
        assert page.count('name="answer" value="tried"') == 10
        with django_assert_max_num_queries(DASHBOARD_BUDGET):
            client.get("/me/")
    assert small == large


@pytest.mark.django_db
@pytest.mark.parametrize("members", [2, 3])
def test_a_group_of_3_or_fewer_shows_no_counts_at_all(client, program_staff, members):
    """In so small a group every count but "all of them" is hidden: "fewer than 3 of 2" says nothing."""
    for html in pages_with_counts(client, program_staff, members=members, tried=members, not_this_week=0):
        assert "Not shown: the group is too small (3 or fewer)" in html
        assert "tried it" not in html and "not this week" not in html


@pytest.mark.django_db
def test_a_group_of_4_shows_its_counts(client, program_staff):
    for html in pages_with_counts(client, program_staff, members=4, tried=4, not_this_week=0):
        assert "4 of 4 tried it" in html and "too small" not in html
