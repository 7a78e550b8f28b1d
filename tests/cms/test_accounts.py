"""django-allauth as Kinship configures it: email login, mandatory verification, no enumeration."""

import re
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from tests.factories import DEFAULT_PASSWORD, UserFactory

User = get_user_model()
SIGNUP = "/accounts/signup/"
LOGIN = "/accounts/login/"


def signup_data(email: str, **extra) -> dict:
    return {
        "email": email,
        "password1": "a-long-unusual-passphrase-42",
        "password2": "a-long-unusual-passphrase-42",
        "display_name": "Jamie",
        "time_zone": "Europe/Madrid",
        "accept_terms": "on",
        **extra,
    }


@pytest.mark.django_db
def test_signup_page_asks_for_display_name_and_time_zone(client):
    html = client.get(SIGNUP).content.decode()
    assert 'name="display_name"' in html
    assert 'name="time_zone"' in html
    assert "data-detect-time-zone" in html  # prefilled from the browser by our script


@pytest.mark.django_db
def test_signup_stores_profile_and_sends_a_verification_email(client):
    response = client.post(SIGNUP, signup_data("Jamie@Example.org"))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/accounts/confirm-email/"
    user = User.objects.get(email__iexact="jamie@example.org")
    assert (user.display_name, user.time_zone) == ("Jamie", "Europe/Madrid")
    assert len(mail.outbox) == 1
    assert re.search(r"/accounts/confirm-email/[\w:-]+/", mail.outbox[0].body)
    # Verification is mandatory: no session until the address is confirmed.
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_signup_rejects_an_unknown_time_zone_with_a_message(client):
    response = client.post(SIGNUP, signup_data("tz@example.org", time_zone="Mars/Olympus"))
    assert response.status_code == HTTPStatus.OK
    assert "Select a valid choice" in response.content.decode()
    assert not User.objects.filter(email="tz@example.org").exists()


@pytest.mark.django_db
def test_signup_with_an_existing_email_looks_exactly_like_a_new_one(client):
    UserFactory(email="taken@example.org")
    taken = client.post(SIGNUP, signup_data("TAKEN@example.org"), follow=True)
    client.logout()
    new = client.post(SIGNUP, signup_data("fresh@example.org"), follow=True)
    assert taken.redirect_chain == new.redirect_chain == [("/accounts/confirm-email/", HTTPStatus.FOUND)]
    assert User.objects.filter(email__iexact="taken@example.org").count() == 1

    def neutral(response) -> str:
        html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode())
        return re.sub(r"[\w.+-]+@example\.org", "EMAIL", html, flags=re.IGNORECASE)

    assert neutral(taken) == neutral(new)


@pytest.mark.django_db
def test_unverified_members_cannot_log_in(client):
    UserFactory(email="unverified@example.org", verified=False)
    response = client.post(LOGIN, {"login": "unverified@example.org", "password": DEFAULT_PASSWORD})
    assert "_auth_user_id" not in client.session
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/accounts/confirm-email/"


@pytest.mark.django_db
def test_verified_members_log_in_by_email_in_any_case(client):
    user = UserFactory(email="robin@example.org")
    response = client.post(LOGIN, {"login": "ROBIN@example.org", "password": DEFAULT_PASSWORD})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/me/"
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_repeated_failed_logins_are_refused_by_the_rate_limit(client):
    UserFactory(email="target@example.org")
    for attempt in range(5):
        response = client.post(LOGIN, {"login": "target@example.org", "password": f"wrong-{attempt}"})
        assert "The email address and/or password you specified are not correct." in response.content.decode()
    # Even the right password is refused while the limit holds.
    blocked = client.post(LOGIN, {"login": "target@example.org", "password": DEFAULT_PASSWORD})
    assert "Too many failed login attempts" in blocked.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_logout_needs_a_post(member_client):
    member_client.get("/accounts/logout/")
    assert "_auth_user_id" in member_client.session
    response = member_client.post("/accounts/logout/")
    assert response.status_code == HTTPStatus.FOUND
    assert "_auth_user_id" not in member_client.session


@pytest.mark.django_db
def test_mfa_pages_are_reachable_for_a_signed_in_member(member_client):
    assert member_client.get("/accounts/2fa/").status_code == HTTPStatus.OK
    assert member_client.get("/accounts/2fa/totp/activate/").status_code in (HTTPStatus.OK, HTTPStatus.FOUND)


@pytest.mark.django_db
def test_account_pages_use_the_site_layout(client):
    html = client.get(LOGIN).content.decode()
    assert 'class="skip-link"' in html
    assert "data-quick-exit" in html
    assert "988" in html  # crisis lines in the footer


@pytest.mark.django_db
def test_dashboard_greets_the_member_by_display_name(member_client, member):
    response = member_client.get("/me/")
    assert response.status_code == HTTPStatus.OK
    assert member.display_name in response.content.decode()
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_dashboard_needs_a_sign_in(client):
    response = client.get("/me/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_the_wagtail_admin_has_no_login_form_of_its_own(client, clinician):
    """/admin/login/ only points at allauth's login, whose rate limits and MFA apply to everyone."""
    response = client.post("/admin/login/", {"username": clinician.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/accounts/login/")
    assert "_auth_user_id" not in client.session
    for attempt in range(5):
        client.post(f"{LOGIN}?next=/admin/", {"login": clinician.email, "password": f"wrong-{attempt}"})
    blocked = client.post(f"{LOGIN}?next=/admin/", {"login": clinician.email, "password": DEFAULT_PASSWORD})
    assert "Too many failed login attempts" in blocked.content.decode()
