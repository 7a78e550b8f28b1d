"""No input answers 500: arbitrary Unicode, NUL and other control characters, HTML-like text,
unbalanced quotes and very long strings, in every form field and query parameter of the public,
member and staff pages, and in the path parameters that take text.

The forms are found by reading each page's HTML (a form added later is fuzzed without an edit
here). Hypothesis draws a bounded number of examples per form, so the whole run stays around a
minute per database; it runs on SQLite and, with DATABASE_URL, on PostgreSQL.
"""

from datetime import date
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from learning.models import Reflection
from tests.factories import ProgramStaffFactory, UserFactory
from tests.learning.builders import make_module, reflection_prompt
from tests.workshops.builders import enroll, make_cohort, make_workshop
from workshops.models import CalendarFeed, Certificate, RenderState

HOSTILE = [
    "\x00",
    "a\x00b",
    '"unbalanced',
    "'unbalanced",
    '<b onmouseover="x">bold</b>',
    "<script>alert(1)</script>",
    "'; DROP TABLE x; --",
    "certificate\u202efdp.exe",
    "\x1b[31mred\x1b[0m",
    "\u200b\u200d\ufeff",
    "👩‍👩‍👧‍👦",
    "a" * 20_000,
    "%00",
    "../../etc/passwd",
    "",
    " ",
    "line\r\nbreak",
    "-1",
    "99999999999999999999999",
    "NaN",
    "1e309",
    "\ud7ff\ue000\U0010ffff",
    "(",
    "*",
    "NEAR(a b)",
]
TEXT = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=200),
    st.text(alphabet=st.characters(max_codepoint=0x3F), max_size=40),  # controls and punctuation
)
EXAMPLES_PER_TARGET = 8
# Forms that end the test's own session or account: fuzzed elsewhere (their own tests).
NOT_FUZZED = ("/accounts/logout/", "/me/delete/")
FUZZ = settings(
    max_examples=EXAMPLES_PER_TARGET,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


class FormFinder(HTMLParser):
    """Each <form>'s method, action and fields (with the value the page filled in)."""

    def __init__(self):
        super().__init__()
        self.forms, self.current = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.current = {
                "method": (attrs.get("method") or "get").lower(),
                "action": attrs.get("action"),
                "fields": {},
            }
            self.forms.append(self.current)
        elif tag in ("input", "textarea", "select") and self.current is not None and attrs.get("name"):
            if attrs.get("type") in ("submit", "file", "image"):
                return
            self.current["fields"].setdefault(attrs["name"], attrs.get("value") or "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


def forms_on(client, path: str) -> list[dict]:
    response = client.get(path, follow=True)
    assert response.status_code == 200, (path, response.status_code)
    finder = FormFinder()
    finder.feed(response.content.decode())
    page = response.request["PATH_INFO"]
    for form in finder.forms:
        form["action"] = form["action"] or page
        form["fields"].pop("csrfmiddlewaretoken", None)
    return [form for form in finder.forms if urlsplit(form["action"]).path not in NOT_FUZZED]


def fuzz_form(client, form: dict) -> None:
    names = sorted(form["fields"])
    values = st.fixed_dictionaries(
        {name: st.one_of(st.just(form["fields"][name]), TEXT) for name in names},
        optional={name: TEXT for name in ("q", "page", "next") if name not in names},
    )

    send_to = client.get if form["method"] == "get" else client.post

    def check(data):
        response = send_to(form["action"], data, follow=True)  # and the page it leads to
        assert response.status_code < 500, (form["action"], data)

    for hostile in HOSTILE:  # every known-bad value, in every field at once, always
        check(dict.fromkeys(names, hostile))

    FUZZ(given(data=values)(check))()


def fuzz_path(client, template: str) -> None:
    def check(value):
        response = client.get(template.format(quote(value, safe="")), follow=True)
        assert response.status_code < 500, (template, value)

    for hostile in HOSTILE:
        check(hostile)
    FUZZ(given(value=TEXT)(check))()


@pytest.fixture
def world(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.ACCOUNT_RATE_LIMITS = False  # the fuzzer signs in and up far more often than a person
    member, staff = UserFactory(), ProgramStaffFactory(is_staff=True)
    _, lessons = make_module(lessons=1, body=[reflection_prompt("rp-1")])
    workshop = make_workshop()
    cohort = make_cohort(workshop)
    enrollment = enroll(cohort, member)
    session = cohort.sessions.order_by("starts_at").first()
    reflection = Reflection.objects.create(user=member, lesson=lessons[0], block_id="rp-1", prompt="p", text="<p>x</p>")
    CalendarFeed.objects.create(member=member)
    certificate = Certificate.objects.create(
        enrollment=enrollment,
        code="K7QX3MZD92TAHRWE",
        holder_name="Robin",
        certificate_title="Family Skills",
        started_on=date(2030, 3, 1),
        completed_on=date(2030, 4, 1),
        issued_on=date(2030, 4, 2),
        sessions_attended=1,
        sessions_total=4,
        render_state=RenderState.READY,
    )
    return {
        "member": member,
        "staff": staff,
        "lesson": lessons[0].url,
        "workshop": workshop.url,
        "cohort": cohort.pk,
        "session": session.pk,
        "reflection": reflection.pk,
        "certificate": certificate.pk,
    }


PUBLIC_PAGES = ["/", "{lesson}", "{workshop}", "/learn/search/?q=family", "/certificates/verify/"]
ACCOUNT_PAGES = ["/accounts/signup/", "/accounts/login/", "/accounts/password/reset/"]
MEMBER_PAGES = [
    "/me/",
    "/me/certificates/",
    "{lesson}",
    "{workshop}",
    "/workshops/sessions/{session}/",
    "/me/reflections/{reflection}/edit/",
    "/workshops/cohorts/{cohort}/join/",
    "/es/me/",
]
STAFF_PAGES = [
    "/admin/attendance/sessions/{session}/",
    "/admin/certificates/cohort/{cohort}/{certificate}/",
    "/admin/certificates/cohort/{cohort}/",
    "/admin/cohorts/members/{cohort}/",
    "/admin/attendance/report/",
    "/admin/attendance/cohorts/{cohort}/",
]
# Forms a page shows only at some moments (during a session, say): posted to directly.
MEMBER_POSTS = [
    ("/workshops/sessions/{session}/apology/", {"note": ""}),
    ("/workshops/sessions/{session}/check-in/", {"code": ""}),
    ("/workshops/calendar-link/", {"action": "create"}),
]
TEXT_PATHS = ["/certificates/verify/{}/", "/calendar/{}.ics", "/learn/{}/"]


def fuzz_pages(client, world, pages, extra_posts=()) -> int:
    seen, count = set(), 0
    targets = [form for page in pages for form in forms_on(client, page.format(**world))]
    targets += [{"method": "post", "action": url.format(**world), "fields": fields} for url, fields in extra_posts]
    for form in targets:
        key = (form["method"], form["action"], tuple(sorted(form["fields"])))
        if key in seen:
            continue
        seen.add(key)
        fuzz_form(client, form)
        count += 1
    return count


def test_public_pages_forms_and_paths(client, world):
    assert fuzz_pages(client, world, PUBLIC_PAGES) >= 2  # search and certificate check at least
    for template in TEXT_PATHS:
        fuzz_path(client, template)


def test_account_forms(client, world):
    assert fuzz_pages(client, world, ACCOUNT_PAGES) >= 3


def test_member_forms(client, world):
    client.force_login(world["member"])
    assert fuzz_pages(client, world, MEMBER_PAGES, MEMBER_POSTS) >= 5


def test_staff_forms(client, world):
    client.force_login(world["staff"])
    assert fuzz_pages(client, world, STAFF_PAGES) >= 2
