"""Deny by default: every URL pattern of the site, requested by every kind of person, against
a table of who may do what. A new URL without an entry in ROUTES makes this test fail."""

from dataclasses import dataclass
from datetime import date
from http import HTTPStatus

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.documents import get_document_model

from learning.models import Reflection
from tests.factories import ClinicianFactory, ProgramStaffFactory, UserFactory
from tests.learning.builders import make_module, reflection_prompt
from tests.support.mfa import give_totp, sign_in_with_second_step
from tests.workshops.builders import enroll, make_cohort, make_workshop
from tests.workshops.outcomes.builders import make_check_in
from workshops.models import CalendarFeed, Certificate, RenderState

ROLES = ("anonymous", "member", "other_member", "clinician", "program_staff", "facilitator", "superuser")
SIGNED_IN = ROLES[1:]
# With REQUIRE_STAFF_MFA on, the staff roles above sign in with a code; these two signed in with
# their password alone (no authenticator yet, or one they were not asked for in this session).
WITHOUT_SECOND_STEP = ("staff_without_mfa", "superuser_without_mfa")
STAFF_ROLES = ("clinician", "program_staff", "facilitator", "superuser")

# Outcomes
OK = "ok"  # 200 (or a download)
LOGIN = "login"  # redirected to sign in
AWAY = "away"  # redirected elsewhere (already signed in, nothing to do here, ...)
GONE = "404"  # the object does not exist for this person
DENIED = "denied"  # 403, or the admin sending a non-staff person to sign in
NOT_ALLOWED = "HTTP 405"  # a form's target: it takes a POST, never a GET
SECOND_STEP_FIRST = "second step first"  # sent to set up or enter a code from an authenticator app


def everyone(outcome):
    return dict.fromkeys(ROLES, outcome)


def members_only(signed_in=OK):
    return {"anonymous": LOGIN, **dict.fromkeys(SIGNED_IN, signed_in)}


def owner_only(owner=OK):
    return {"anonymous": LOGIN, **dict.fromkeys(SIGNED_IN, GONE), "member": owner}


ENTRANCE = {"anonymous": OK, **dict.fromkeys(SIGNED_IN, AWAY)}
STAFF_ADMIN = {
    "anonymous": LOGIN,
    "member": DENIED,
    "other_member": DENIED,
    "clinician": OK,
    "program_staff": OK,
    "facilitator": OK,
    "superuser": OK,
}


@dataclass(frozen=True)
class Route:
    url: str  # may use {placeholders} filled from the world fixture
    expect: dict
    # For staff who have not completed the second step: nothing opens but the account pages.
    without_second_step: str | dict = SECOND_STEP_FIRST

    def expected(self, role: str) -> str:
        if role not in WITHOUT_SECOND_STEP:
            return self.expect[role]
        outcome = self.without_second_step
        return outcome[role] if isinstance(outcome, dict) else outcome


ROUTES: dict[str, Route] = {
    "healthz/": Route("/healthz/", everyone(OK), without_second_step=OK),
    "privacy/": Route("/privacy/", everyone(OK), without_second_step=OK),
    "terms/": Route("/terms/", everyone(OK), without_second_step=OK),
    "browse-safely/": Route("/browse-safely/", everyone(OK), without_second_step=OK),
    "contact/": Route("/contact/", everyone(OK), without_second_step=OK),
    "accounts/verification/resend/": Route("/accounts/verification/resend/", everyone(OK), without_second_step=OK),
    "me/": Route("/me/", members_only()),
    "me/consent/": Route("/me/consent/", members_only()),
    "me/export/": Route("/me/export/", members_only()),
    "me/delete/": Route("/me/delete/", members_only(AWAY)),  # asks for the password again first
    "me/reflections/<int:pk>/edit/": Route("/me/reflections/{reflection}/edit/", owner_only()),
    "me/reflections/<int:pk>/delete/": Route("/me/reflections/{reflection}/delete/", owner_only()),
    "workshops/cohorts/<int:cohort_id>/join/": Route("/workshops/cohorts/{cohort}/join/", members_only()),
    "workshops/enrollments/<int:pk>/leave/": Route("/workshops/enrollments/{enrollment}/leave/", owner_only()),
    # Session pages: the enrolled member, the cohort's facilitators and program staff.
    "workshops/sessions/<int:pk>/": Route(
        "/workshops/sessions/{session}/",
        {**owner_only(), "program_staff": OK, "facilitator": OK, "superuser": OK},
    ),
    # The Join link works only inside the session's window (this session is in the future).
    "workshops/sessions/<int:pk>/join/": Route(
        "/workshops/sessions/{session}/join/",
        {**owner_only(DENIED), "program_staff": DENIED, "facilitator": DENIED, "superuser": DENIED},
    ),
    # A session's printable handout: whoever may see the session page.
    "workshops/sessions/<int:pk>/handout/": Route(
        "/workshops/sessions/{session}/handout/",
        {**owner_only(), "program_staff": OK, "facilitator": OK, "superuser": OK},
    ),
    "workshops/sessions/<int:pk>/calendar.ics": Route(
        "/workshops/sessions/{session}/calendar.ics", {**owner_only(), "facilitator": OK}
    ),
    # Attendance forms on the session page: they take a POST (checked in tests/workshops/attendance/).
    "workshops/sessions/<int:pk>/check-in/": Route(
        "/workshops/sessions/{session}/check-in/", members_only(NOT_ALLOWED)
    ),
    "workshops/sessions/<int:pk>/apology/": Route("/workshops/sessions/{session}/apology/", members_only(NOT_ALLOWED)),
    # The practice answer takes a POST (checked in tests/workshops/practice/).
    "workshops/sessions/<int:pk>/practice/": Route(
        "/workshops/sessions/{session}/practice/", members_only(NOT_ALLOWED)
    ),
    # Outcome check-ins: the member's own group only (the first visit shows who sees what).
    "workshops/enrollments/<int:pk>/check-in/<str:occasion>/": Route(
        "/workshops/enrollments/{enrollment}/check-in/before/", owner_only()
    ),
    "workshops/enrollments/<int:pk>/check-in/<str:occasion>/consent/": Route(
        "/workshops/enrollments/{enrollment}/check-in/before/consent/", members_only(NOT_ALLOWED)
    ),
    "workshops/enrollments/<int:pk>/check-in/<str:occasion>/skip/": Route(
        "/workshops/enrollments/{enrollment}/check-in/before/skip/", members_only(NOT_ALLOWED)
    ),
    "workshops/enrollments/<int:pk>/my-answers/": Route(
        "/workshops/enrollments/{enrollment}/my-answers/", owner_only()
    ),
    # A module's check-in: any signed-in family member who has not started the module (never
    # staff); their own answers only.
    "learn-check-ins/<int:pk>/<str:occasion>/": Route(
        "/learn-check-ins/{module}/before/", {**members_only(GONE), "member": OK, "other_member": OK}
    ),
    "learn-check-ins/<int:pk>/<str:occasion>/consent/": Route(
        "/learn-check-ins/{module}/before/consent/", members_only(NOT_ALLOWED)
    ),
    "learn-check-ins/<int:pk>/<str:occasion>/skip/": Route(
        "/learn-check-ins/{module}/before/skip/", members_only(NOT_ALLOWED)
    ),
    "learn-check-ins/<int:pk>/my-answers/": Route("/learn-check-ins/{module}/my-answers/", members_only()),
    "workshops/calendar-link/": Route("/workshops/calendar-link/", members_only(NOT_ALLOWED)),
    "calendar/<str:token>.ics": Route("/calendar/{feed_token}.ics", everyone(OK)),  # the secret is the key
    # Certificates: anyone may check a code; the PDF is for its holder and program staff.
    "certificates/verify/": Route("/certificates/verify/", everyone(OK)),
    "certificates/verify/<str:code>/": Route("/certificates/verify/{certificate_code}/", everyone(OK)),
    "certificates/<int:pk>/download/": Route(
        "/certificates/{certificate}/download/", {**owner_only(), "program_staff": OK, "superuser": OK}
    ),
    "me/certificates/": Route("/me/certificates/", members_only()),
    "documents/^(\\d+)/(.*)$": Route("/documents/{document}/worksheet.pdf", everyone(OK)),
    # Public images only (cms/media.py): anything else under /media/, certificates included, is 404 for all.
    "media/<path:path>": Route("/media/certificates/abc/kinship-certificate-K7QX.pdf", everyone(GONE)),
    "documents/authenticate_with_password/<int:restriction_id>/": Route(
        "/documents/authenticate_with_password/1/", everyone(GONE)
    ),
    "_util/login/": Route("/_util/login/", everyone(LOGIN)),
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": Route(
        "/_util/authenticate_with_password/1/1/", everyone(GONE)
    ),
    "^((?:[\\w\\-]+/)*)$": Route("/learn/", everyone(OK)),
    # Pages served by Wagtail (checked further in each app's tests).
    "page:home": Route("/", everyone(OK)),
    "page:lesson": Route("{lesson_url}", everyone(OK)),
    "page:lesson_handout": Route("{lesson_url}handout/", everyone(OK)),
    "page:workshop": Route("{workshop_url}", everyone(OK)),
    "page:search": Route("/learn/search/?q=family", everyone(OK)),
    # The same in Spanish: /es/ addresses, with English pages shown (and a notice) until translated.
    "page:home_es": Route("/es/", everyone(OK)),
    "page:lesson_es": Route("/es{lesson_url}", everyone(OK)),
    "page:workshop_es": Route("/es{workshop_url}", everyone(OK)),
    "me/ (es)": Route("/es/me/", members_only()),
    "accounts/login/ (es)": Route("/es/accounts/login/", ENTRANCE, without_second_step=AWAY),
    # The language switcher's target: a form posts to it (checked in tests/cms/test_languages.py).
    "i18n/setlang/": Route("/i18n/setlang/", everyone(NOT_ALLOWED), without_second_step=NOT_ALLOWED),
    # allauth: ways in are for visitors; account settings are for the signed-in.
    "accounts/login/": Route("/accounts/login/", ENTRANCE, without_second_step=AWAY),
    "accounts/signup/": Route("/accounts/signup/", ENTRANCE, without_second_step=AWAY),
    "accounts/logout/": Route(
        "/accounts/logout/", {"anonymous": AWAY, **dict.fromkeys(SIGNED_IN, OK)}, without_second_step=OK
    ),
    "accounts/inactive/": Route("/accounts/inactive/", everyone(OK), without_second_step=OK),
    "accounts/reauthenticate/": Route("/accounts/reauthenticate/", members_only(), without_second_step=OK),
    "accounts/email/": Route("/accounts/email/", members_only()),
    "accounts/confirm-email/": Route("/accounts/confirm-email/", everyone(OK), without_second_step=OK),
    "accounts/^confirm-email/(?P<key>[-:\\w]+)/$": Route(
        "/accounts/confirm-email/not-a-key/", everyone(OK), without_second_step=OK
    ),
    "accounts/password/change/": Route("/accounts/password/change/", members_only()),
    "accounts/password/set/": Route("/accounts/password/set/", members_only(AWAY)),
    "accounts/password/reset/": Route("/accounts/password/reset/", everyone(OK), without_second_step=OK),
    "accounts/password/reset/done/": Route("/accounts/password/reset/done/", everyone(OK), without_second_step=OK),
    "accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": Route(
        "/accounts/password/reset/key/1-bad-key/", everyone(OK), without_second_step=OK
    ),
    "accounts/password/reset/key/done/": Route(
        "/accounts/password/reset/key/done/", everyone(OK), without_second_step=OK
    ),
    "accounts/login/code/confirm/": Route(
        "/accounts/login/code/confirm/", {**everyone(AWAY), "anonymous": LOGIN}, without_second_step=AWAY
    ),
    "accounts/2fa/": Route("/accounts/2fa/", members_only(), without_second_step=OK),
    "accounts/2fa/authenticate/": Route(
        "/accounts/2fa/authenticate/", {**everyone(AWAY), "anonymous": LOGIN}, without_second_step=AWAY
    ),
    # Staff (who sign in with an authenticator app here) may confirm a code; members have no app.
    "accounts/2fa/reauthenticate/": Route(
        "/accounts/2fa/reauthenticate/",
        {**members_only(AWAY), **dict.fromkeys(STAFF_ROLES, OK)},
        without_second_step={"staff_without_mfa": AWAY, "superuser_without_mfa": OK},
    ),
    "accounts/2fa/totp/activate/": Route("/accounts/2fa/totp/activate/", members_only(AWAY), without_second_step=AWAY),
    # Nothing to switch off or show for people without an authenticator.
    "accounts/2fa/totp/deactivate/": Route(
        "/accounts/2fa/totp/deactivate/",
        {**members_only(GONE), **dict.fromkeys(STAFF_ROLES, AWAY)},
        without_second_step={"staff_without_mfa": GONE, "superuser_without_mfa": AWAY},
    ),
    "accounts/2fa/recovery-codes/": Route(
        "/accounts/2fa/recovery-codes/", members_only(GONE), without_second_step=GONE
    ),
    "accounts/2fa/recovery-codes/generate/": Route(
        "/accounts/2fa/recovery-codes/generate/", members_only(AWAY), without_second_step=AWAY
    ),
    "accounts/2fa/recovery-codes/download/": Route(
        "/accounts/2fa/recovery-codes/download/", members_only(GONE), without_second_step=GONE
    ),
    # The Wagtail admin: staff only. Every admin pattern is checked for visitors and members
    # below; these entries pin what each staff role may open.
    "admin:home": Route("/admin/", STAFF_ADMIN),
    "admin:pages": Route("/admin/pages/{library}/", {**STAFF_ADMIN, "program_staff": DENIED}),
    # Facilitators who are not program staff reach their own cohorts through the attendance screens.
    "admin:cohorts": Route("/admin/cohorts/", {**STAFF_ADMIN, "clinician": DENIED, "facilitator": DENIED}),
    # Attendance: program staff for every cohort, facilitators for their own; nobody else.
    "admin:attendance": Route("/admin/attendance/", {**STAFF_ADMIN, "clinician": DENIED}),
    "admin:attendance_sheet": Route("/admin/attendance/sessions/{session}/", {**STAFF_ADMIN, "clinician": DENIED}),
    "admin:attendance_cohort": Route("/admin/attendance/cohorts/{cohort}/", {**STAFF_ADMIN, "clinician": DENIED}),
    # A cohort's handout pack: whoever may open the cohort's pages (program staff).
    "admin:cohort_handouts": Route(
        "/admin/cohorts/handouts/{cohort}/", {**STAFF_ADMIN, "clinician": DENIED, "facilitator": DENIED}
    ),
    "admin:certificates": Route(
        "/admin/certificates/cohort/{cohort}/", {**STAFF_ADMIN, "clinician": DENIED, "facilitator": DENIED}
    ),
    "admin:certificate": Route(
        "/admin/certificates/cohort/{cohort}/{certificate}/",
        {**STAFF_ADMIN, "clinician": DENIED, "facilitator": DENIED},
    ),
    "admin:attendance_program": Route("/admin/attendance/report/", {**STAFF_ADMIN, "clinician": DENIED}),
    "admin:users": Route(
        "/admin/users/",
        {**STAFF_ADMIN, "clinician": DENIED, "program_staff": DENIED, "facilitator": DENIED},
    ),
    "admin:topics": Route("/admin/snippets/learning/topic/", {**STAFF_ADMIN, "program_staff": DENIED}),
    "admin:check_ins": Route("/admin/snippets/learning/checkin/", {**STAFF_ADMIN, "program_staff": DENIED}),
    # Outcomes: aggregates of groups of 5 or more, for program staff and clinicians.
    "admin:outcomes": Route("/admin/outcomes/", STAFF_ADMIN),
}
# Quick exit signs out and leaves for the neutral site, whoever presses it: last, as it signs out.
ROUTES["leave/"] = Route("/leave/", everyone(AWAY), without_second_step=AWAY)

NOT_A_ROUTE: set[str] = set()
ADMIN_ASSETS = {"/admin/sprite/", "/admin/jsi18n/"}  # icons and the script translations: no data


def all_patterns():
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern)

    return list(walk(get_resolver().url_patterns))


def test_every_url_pattern_has_an_entry():
    site_patterns = [p for p in all_patterns() if not p.startswith("admin/")]
    missing = [p for p in site_patterns if p not in ROUTES and p not in NOT_A_ROUTE]
    assert not missing, f"add these URLs to ROUTES with who may open them: {missing}"


def test_the_check_fails_when_an_entry_is_removed(monkeypatch):
    monkeypatch.delitem(ROUTES, "me/export/")
    missing = [p for p in all_patterns() if not p.startswith("admin/") and p not in ROUTES and p not in NOT_A_ROUTE]
    assert missing == ["me/export/"]


@pytest.fixture
def world(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.REQUIRE_STAFF_MFA = True
    member, other = UserFactory(), UserFactory()
    facilitator = ClinicianFactory()
    people = {
        "anonymous": None,
        "member": member,
        "other_member": other,
        "clinician": ClinicianFactory(),
        "program_staff": ProgramStaffFactory(),
        "facilitator": facilitator,
        "superuser": UserFactory(is_superuser=True, is_staff=True),
        "staff_without_mfa": ProgramStaffFactory(),
        "superuser_without_mfa": UserFactory(is_superuser=True, is_staff=True),
    }
    give_totp(people["superuser_without_mfa"])  # has an app, but this session gave no code
    module, lessons = make_module(lessons=1, body=[reflection_prompt("rp-1")])
    lessons[0].save_revision().publish()  # published pages have printable handouts
    check_in = make_check_in()
    module.check_in_before = module.check_in_after = check_in
    module.save_revision().publish()
    workshop = make_workshop(check_in_before=check_in, check_in_after=check_in)
    workshop.save_revision().publish()
    cohort = make_cohort(workshop)
    cohort.facilitators.add(facilitator)
    enrollment = enroll(cohort, member)
    reflection = Reflection.objects.create(user=member, lesson=lessons[0], block_id="rp-1", prompt="p", text="<p>x</p>")
    feed = CalendarFeed.objects.create(member=member)
    document = get_document_model().objects.create(title="w", file=SimpleUploadedFile("worksheet.pdf", b"%PDF-1.4"))
    certificate = Certificate.objects.create(
        enrollment=enrollment,
        code="K7QX3MZD92TAHRWE",
        holder_name="Robin",
        certificate_title="Family Skills",
        completed_on=date(2024, 4, 1),
        sessions_attended=1,
        sessions_total=4,
        render_state=RenderState.READY,
        pdf=SimpleUploadedFile("kinship-certificate-K7QX.pdf", b"%PDF-1.4"),
    )
    values = {
        "certificate": certificate.pk,
        "certificate_code": certificate.code,
        "reflection": reflection.pk,
        "cohort": cohort.pk,
        "enrollment": enrollment.pk,
        "module": module.pk,
        "session": cohort.sessions.order_by("starts_at").first().pk,
        "feed_token": feed.token,
        "document": document.pk,
        "lesson_url": lessons[0].url,
        "library": lessons[0].get_parent().get_parent().pk,
        "workshop_url": workshop.url,
    }
    return people, values


def outcome(response) -> str:
    status = response.status_code
    if status == HTTPStatus.OK:
        return OK
    if status == HTTPStatus.NOT_FOUND:
        return GONE
    if status == HTTPStatus.FORBIDDEN:
        return DENIED
    if status in (HTTPStatus.FOUND, HTTPStatus.MOVED_PERMANENTLY):
        location = response["Location"].removeprefix("/es")
        if location.startswith(("/accounts/2fa/totp/activate/", "/accounts/2fa/reauthenticate/?next=")):
            return SECOND_STEP_FIRST
        return LOGIN if location.startswith("/accounts/login/") else AWAY
    return f"HTTP {status}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES + WITHOUT_SECOND_STEP)
def test_each_role_gets_exactly_what_the_table_says(client, world, role):
    """With REQUIRE_STAFF_MFA on: staff signed in with a code, and staff who gave none."""
    people, values = world
    if role in STAFF_ROLES:
        sign_in_with_second_step(client, people[role])
    elif people[role] is not None:
        client.force_login(people[role])
    wrong = {}
    for name, route in ROUTES.items():
        response = client.get(route.url.format(**values))
        got = outcome(response)
        expected = route.expected(role)
        if name.startswith("admin:") and (got == LOGIN and role != "anonymous" or got == AWAY):
            got = DENIED  # Wagtail sends people without the permission back with a message
        if got != expected:
            wrong[name] = f"expected {expected}, got {got}"
    assert not wrong, "\n".join(f"{name}: {problem}" for name, problem in wrong.items())


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["anonymous", "member"])
def test_no_admin_url_opens_for_visitors_or_members(client, world, role):
    """Every admin pattern, with made-up ids, refuses people who do not work here."""
    import re

    people, _ = world
    if people[role] is not None:
        client.force_login(people[role])
    opened = []
    for pattern in (p for p in all_patterns() if p.startswith("admin/")):
        path = re.sub(r"<(?:int|str|slug|uuid|path):?\w*>|\(\?P<\w+>[^)]*\)|\([^)]*\)", "1", pattern)
        path = "/" + path.replace("^", "").replace("$", "").replace("\\", "")
        response = client.get(path)
        if response.status_code == HTTPStatus.OK and path not in ADMIN_ASSETS:
            opened.append(path)
    assert opened == []
