"""Public verification at /certificates/verify/<code>/: the right state, the minimum, no name
unless the holder opted in, a name check for verifiers, rate-limited, three queries at most."""

from datetime import UTC, datetime
from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from cms import ratelimit
from tests.workshops.certificates.helpers import finished_cohort
from workshops.certificates import services
from workshops.models import Certificate

pytestmark = pytest.mark.django_db

HOLDER = "Zoë Ñúñez-O'Brien"


@pytest.fixture
def certificate(program_staff, django_capture_on_commit_callbacks) -> Certificate:
    cohort, _ = finished_cohort(attended=[4], names=[HOLDER])
    with django_capture_on_commit_callbacks(execute=True):
        services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)
    return Certificate.objects.get()


def url(code: str) -> str:
    return f"/certificates/verify/{code}/"


def state_of(response) -> str:
    body = response.content.decode()
    return next(s for s in ("valid", "revoked", "replaced", "not_found") if f'data-state="{s}"' in body)


def test_a_valid_code_shows_valid_with_title_and_date_and_no_name(client, certificate):
    response = client.get(url(certificate.code))
    assert response.status_code == HTTPStatus.OK
    assert state_of(response) == "valid"
    body = response.content.decode()
    assert "Family Skills Series" in body
    assert certificate.completed_on.strftime("%Y") in body
    assert "Ñúñez" not in body and "Brien" not in body  # no part of the holder's name
    assert "no-store" in response["Cache-Control"] and "noindex" in response["X-Robots-Tag"]


def test_the_name_shows_only_when_the_holder_opted_in(client, certificate):
    member = certificate.enrollment.member
    shown = escape(HOLDER)
    assert shown not in client.get(url(certificate.code)).content.decode()
    services.certificate_preference_update(member=member, printed_name="", show_name_when_verified=True)
    assert shown in client.get(url(certificate.code)).content.decode()
    services.certificate_preference_update(member=member, printed_name="", show_name_when_verified=False)
    assert shown not in client.get(url(certificate.code)).content.decode()


@pytest.mark.parametrize(
    ("typed", "matches"),
    [
        ("zoe nunez-o'brien", True),
        ("  ZOË   ÑÚÑEZ-O’BRIEN ", True),
        ("Zoe Nunez", False),
        ("Anna Petrova", False),
    ],
)
def test_a_typed_name_is_confirmed_only_when_it_matches(client, certificate, typed, matches):
    """Case, accents and extra spaces do not matter; anything else does. The page never echoes the real name."""
    response = client.post(url(certificate.code), {"name": typed})
    assert response.status_code == HTTPStatus.OK
    body = response.content.decode()
    assert ('data-name-check="match"' in body) is matches
    assert ('data-name-check="no-match"' in body) is (not matches)
    assert escape(HOLDER) not in body and "Ñúñez" not in body


def test_a_revoked_code_shows_revoked_with_its_date_and_no_reason(client, certificate, program_staff):
    services.certificate_revoke(
        certificate_id=certificate.pk,
        reason="Attendance sheet was wrong",
        by=program_staff,
        now=datetime(2030, 5, 2, 12, tzinfo=UTC),
    )
    response = client.get(url(certificate.code))
    assert state_of(response) == "revoked"
    body = response.content.decode()
    assert "May 2, 2030" in body
    assert "Attendance sheet" not in body


def test_a_reissued_code_shows_replaced_and_the_new_one_valid(client, certificate, program_staff):
    new = services.certificate_reissue(certificate_id=certificate.pk, holder_name="Zoe Nunez-OBrien", by=program_staff)
    services.certificate_render(certificate_id=new.pk)
    assert new.code != certificate.code
    assert state_of(client.get(url(certificate.code))) == "replaced"
    assert state_of(client.get(url(new.code))) == "valid"


@pytest.mark.parametrize("code", ["K7QX3MZD92TAHRWE", "not-a-code", "%3Cscript%3E"])
def test_an_unknown_code_says_not_found(client, certificate, code):
    response = client.get(url(code))
    assert response.status_code == HTTPStatus.OK  # the answer is the page
    assert state_of(response) == "not_found"


def test_a_certificate_still_being_rendered_is_not_found(client, program_staff):
    """Nobody holds its code yet, so nobody can check it."""
    cohort, _ = finished_cohort(attended=[4])
    services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)  # tasks not run: still pending
    assert state_of(client.get(url(Certificate.objects.get().code))) == "not_found"


def test_lowercase_and_dashed_codes_land_on_the_certificate(client, certificate):
    dashed = "-".join(certificate.code[i : i + 4] for i in range(0, 16, 4)).lower()
    for typed in (certificate.code.lower(), dashed):
        response = client.get(url(typed), follow=True)
        assert response.status_code == HTTPStatus.OK
        assert state_of(response) == "valid"
        assert response.redirect_chain[-1][0] == url(certificate.code)


def test_the_form_for_typed_codes(client, certificate):
    """A typed code (any case, with dashes) goes to its page; garbage gets a clear 400."""
    response = client.get("/certificates/verify/", {"code": certificate.code.lower()})
    assert response.status_code == HTTPStatus.FOUND and response["Location"] == url(certificate.code)
    response = client.get("/certificates/verify/", {"code": "hello"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "16 letters and digits" in response.content.decode()
    assert client.get("/certificates/verify/").status_code == HTTPStatus.OK


@pytest.mark.parametrize("state", ["valid", "not_found"])
def test_the_page_takes_at_most_four_queries(client, certificate, state):
    """The certificate, the site, its settings and the footer's crisis lines (in the visitor's language)."""
    code = certificate.code if state == "valid" else "K7QX3MZD92TAHRWE"
    client.get(url(code))  # warm per-process caches (site root paths), as a running server has
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url(code))
    assert state_of(response) == state
    assert len(queries) <= 4, [q["sql"] for q in queries]


def test_lookups_are_rate_limited(client, certificate, monkeypatch):
    """Past the limit a client gets 429 and no answer, so codes cannot be enumerated."""
    monkeypatch.setattr(
        ratelimit, "VERIFY_LOOKUP", ratelimit.Limit("certificate-verify", amount=3, seconds=60, fail_open=True)
    )
    statuses = [client.get(url("K7QX3MZD92TAHRWE")).status_code for _ in range(3)]
    assert statuses == [HTTPStatus.OK] * 3
    response = client.get(url(certificate.code))
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert 'data-state="valid"' not in response.content.decode()


def test_name_checks_are_rate_limited(client, certificate, monkeypatch):
    monkeypatch.setattr(
        ratelimit, "VERIFY_NAME", ratelimit.Limit("certificate-name", amount=2, seconds=60, fail_open=False)
    )
    for _ in range(2):
        assert client.post(url(certificate.code), {"name": "guess"}).status_code == HTTPStatus.OK
    assert client.post(url(certificate.code), {"name": HOLDER}).status_code == HTTPStatus.TOO_MANY_REQUESTS


def test_an_empty_name_check_is_a_clear_400(client, certificate):
    response = client.post(url(certificate.code), {"name": ""})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert 'aria-invalid="true"' in response.content.decode()


def test_ipv6_clients_are_counted_by_their_64_network(client, certificate, monkeypatch):
    """Rotating addresses inside one /64 does not escape the limit (as allauth counts sign-ins)."""
    monkeypatch.setattr(
        ratelimit, "VERIFY_LOOKUP", ratelimit.Limit("certificate-verify", amount=2, seconds=60, fail_open=True)
    )
    for suffix in ("1", "2"):
        response = client.get(url(certificate.code), REMOTE_ADDR=f"2001:db8:1:2::{suffix}")
        assert response.status_code == HTTPStatus.OK
    assert client.get(url(certificate.code), REMOTE_ADDR="2001:db8:1:2:ffff::9").status_code == 429
    # Another /64 and an IPv4 client have their own counts.
    assert client.get(url(certificate.code), REMOTE_ADDR="2001:db8:1:3::1").status_code == HTTPStatus.OK
    assert client.get(url(certificate.code), REMOTE_ADDR="192.0.2.7").status_code == HTTPStatus.OK


def test_address_keys():
    assert ratelimit.address_key("2001:db8:1:2:aaaa::1") == "2001:db8:1:2::/64"
    assert ratelimit.address_key("::ffff:192.0.2.7") == "192.0.2.7"
    assert ratelimit.address_key("192.0.2.7") == "192.0.2.7"
    assert ratelimit.address_key("unknown") == "unknown"


UNREACHABLE_REDIS = {
    alias: {
        "BACKEND": "cms.cache_backends.FailSoftRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
    for alias in ("default", "pages")
}


def test_with_the_cache_unreachable_lookups_stay_open_and_name_checks_close(client, certificate, settings):
    """Lookups fail open (codes are unguessable); name checks fail closed (names can be guessed)."""
    settings.CACHES = UNREACHABLE_REDIS
    response = client.get(url(certificate.code))
    assert response.status_code == HTTPStatus.OK
    assert 'data-state="valid"' in response.content.decode()
    assert client.post(url(certificate.code), {"name": HOLDER}).status_code == HTTPStatus.TOO_MANY_REQUESTS
