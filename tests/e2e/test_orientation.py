"""Where people arrive, at phone and desktop sizes: staff on a home naming this week's sessions,
one click from the cohort list to a cohort's tools, a compact phone header on every page type,
a next step after a module's last lesson, and /me/ without sideways scrolling on a phone."""

import re
from datetime import time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from learning.models import LessonCompletion
from tests.factories import DEFAULT_PASSWORD, ProgramStaffFactory, UserFactory
from tests.learning.builders import make_module
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.models import CohortStatus

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
SIZES = pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
HEADER_MAX_PX = 120


def sign_in(page: Page, email: str) -> None:
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password:").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/$"))


def running_group_meeting_today(name: str):
    zone = "America/New_York"
    today = timezone.now().astimezone(ZoneInfo(zone)).date()
    return make_cohort(
        make_workshop(sessions=3, title="Family Skills"),
        name=name,
        status=CohortStatus.RUNNING,
        start=today,
        weekday=today.weekday(),
        local_start_time=time(12, 0),
        time_zone=zone,
    )


@SIZES
def test_staff_land_on_a_home_naming_todays_sessions(page: Page, size):
    page.set_viewport_size(size)
    running_group_meeting_today("Tuesday circle")
    staff = ProgramStaffFactory()
    sign_in(page, staff.email)
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.get_by_role("heading", name="Sessions today and this week")).to_be_visible()
    expect(page.get_by_role("heading", name="Today", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name=re.compile(r"Tuesday circle \(Family Skills\) · session 1"))).to_be_visible()


@SIZES
def test_one_click_from_the_cohort_list_to_every_cohort_tool(page: Page, size):
    page.set_viewport_size(size)
    cohort = running_group_meeting_today("Evening group")
    sign_in(page, ProgramStaffFactory().email)
    page.goto("/admin/cohorts/")
    page.get_by_role("link", name="Evening group").first.click()
    expect(page).to_have_url(re.compile(rf"/admin/cohorts/overview/{cohort.pk}/$"))
    tabs = page.get_by_role("navigation", name="This cohort")
    for label in ("Members", "Sessions", "Attendance", "Certificates", "Settings"):
        expect(tabs.get_by_role("link", name=label, exact=True)).to_be_visible()


def header_bottom(page: Page) -> float:
    """Where the sticky top of the page ends: the header (and any bar above it)."""
    return page.evaluate("document.querySelector('.site-header').getBoundingClientRect().bottom")


def test_the_phone_header_stays_small_on_every_page_type(page: Page):
    page.set_viewport_size(PHONE)
    module, lessons = make_module(title="Understanding addiction", lessons=2)
    workshop = make_workshop(title="Family Skills")
    workshop.save_revision().publish()
    make_cohort(workshop)
    member = UserFactory()
    public = ["/", "/learn/", module.url, lessons[0].url, "/workshops/", workshop.url, "/accounts/login/"]
    for url in [*public, "/accounts/signup/", "/certificates/verify/", "/privacy/"]:
        page.goto(url)
        assert header_bottom(page) <= HEADER_MAX_PX, url
    sign_in(page, member.email)
    for url in ["/me/", lessons[0].url, workshop.url, "/me/certificates/"]:
        page.goto(url)
        assert header_bottom(page) <= HEADER_MAX_PX, url
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], url


def test_the_phone_menu_opens_from_the_keyboard_without_script(browser, live_server):
    context = browser.new_context(base_url=live_server.url, viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto("/")
    menu = page.locator("summary", has_text="Menu")
    expect(menu).to_be_visible()
    expect(page.get_by_role("link", name="Create account")).to_be_hidden()
    menu.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Create account")).to_be_visible()
    expect(page.get_by_role("button", name="Español")).to_be_visible()
    context.close()


@SIZES
def test_the_last_lesson_of_a_module_leads_to_a_next_step(page: Page, size):
    page.set_viewport_size(size)
    _first, lessons = make_module(title="Understanding addiction", lessons=1, order=1)
    make_module(title="Caring for yourself", lessons=2, order=2)
    page.goto(lessons[0].url)
    page.get_by_role("button", name="Mark lesson complete").click()
    expect(page.get_by_role("heading", name="Module complete", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="Caring for yourself")).to_be_visible()
    expect(page.get_by_role("link", name="Start this module")).to_be_visible()


def test_me_fits_a_phone_with_the_next_session_first(page: Page):
    page.set_viewport_size(PHONE)
    member = UserFactory()
    module, lessons = make_module(lessons=2)
    LessonCompletion.objects.create(user=member, lesson=lessons[0])
    soon = timezone.localdate() + timedelta(days=2)
    cohort = make_cohort(
        make_workshop(title="A workshop with a rather long name for a phone screen"),
        name="Thursday evening group",
        status=CohortStatus.RUNNING,
        start=soon,
        weekday=soon.weekday(),
    )
    enroll(cohort, member)
    sign_in(page, member.email)
    page.goto("/me/")
    first_card = page.locator(".me-card").first
    expect(first_card.get_by_role("heading", name="Your next session")).to_be_visible()
    expect(
        page.get_by_text("A workshop with a rather long name for a phone screen · Thursday evening group").first
    ).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
