"""Sign-up records acceptance of the privacy notice and terms; a new version asks again."""

from http import HTTPStatus

import pytest

from cms import consent
from cms.models import Consent
from tests.factories import UserFactory


@pytest.mark.django_db
def test_privacy_notice_and_terms_are_public_plain_pages(client):
    privacy = client.get("/privacy/").content.decode()
    assert "What we never store" in privacy and "the person in treatment" in privacy
    assert client.get("/terms/").status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_signup_cannot_go_ahead_without_accepting(client):
    from tests.cms.test_accounts import signup_data

    data = signup_data("noterms@example.org")
    del data["accept_terms"]
    response = client.post("/accounts/signup/", data)
    assert response.status_code == HTTPStatus.OK
    assert "Please accept the privacy notice and terms" in response.content.decode()


@pytest.mark.django_db
def test_signup_records_the_versions_and_time(client):
    from tests.cms.test_accounts import signup_data

    client.post("/accounts/signup/", signup_data("ok@example.org"))
    recorded = dict(Consent.objects.filter(user__email="ok@example.org").values_list("document", "version"))
    assert recorded == consent.CURRENT_VERSIONS


@pytest.mark.django_db
def test_a_new_version_asks_again_on_the_next_visit(client, monkeypatch):
    user = UserFactory()
    client.force_login(user)
    assert client.get("/me/").status_code == HTTPStatus.OK
    monkeypatch.setitem(consent.CURRENT_VERSIONS, Consent.Document.PRIVACY, "2099-01-01")
    response = client.get("/me/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/me/consent/?next=%2Fme%2F"
    refused = client.post("/me/consent/", {"next": "/me/"})
    assert refused.status_code == HTTPStatus.OK
    accepted = client.post("/me/consent/", {"accept": "on", "next": "/me/"})
    assert accepted["Location"] == "/me/"
    assert Consent.objects.filter(user=user, version="2099-01-01").exists()
    assert client.get("/me/").status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_consent_page_only_redirects_within_the_site(client):
    user = UserFactory(consented=False)
    client.force_login(user)
    response = client.post("/me/consent/", {"accept": "on", "next": "https://evil.example/"})
    assert response["Location"] == "/me/"
