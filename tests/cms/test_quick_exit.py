"""Quick exit ends the session as it leaves, and signed-in pages are never kept by the browser."""

from http import HTTPStatus

import pytest
from wagtail.models import Site

from cms.models import SiteSettings


@pytest.fixture
def neutral_url(db):
    row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    row.quick_exit_url = "https://weather.example/"
    row.save()
    return row.quick_exit_url


def test_leaving_signs_out_and_goes_to_the_neutral_site(client, member, neutral_url):
    client.force_login(member)
    response = client.get("/leave/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == neutral_url
    assert "no-store" in response["Cache-Control"]
    assert response["Clear-Site-Data"] == '"cache", "cookies"'
    assert response["Referrer-Policy"] == "no-referrer"
    me = client.get("/me/")
    assert me.status_code == HTTPStatus.FOUND
    assert me["Location"].startswith("/accounts/login/")


def test_leaving_ignores_any_address_in_the_request(client, neutral_url):
    """Never an open redirect: the program's own neutral address, whatever is asked."""
    response = client.get("/leave/?next=https://evil.example/")
    assert response["Location"] == neutral_url


def test_leaving_before_accepting_the_terms_still_leaves(client, user_factory, neutral_url):
    """The consent gate must not stand between a person and the way out."""
    client.force_login(user_factory(consented=False))
    response = client.get("/leave/")
    assert response["Location"] == neutral_url


def test_signed_in_pages_are_not_stored_for_back_and_forward(client, member):
    client.force_login(member)
    response = client.get("/me/")
    assert response.status_code == HTTPStatus.OK
    assert "no-store" in response["Cache-Control"]


def test_every_page_starts_with_quick_exit_then_browse_safely(client, db):
    html = client.get("/learn/").content.decode()
    body = html[html.index("<body") :]
    assert body.index("data-quick-exit") < body.index("skip-link")
    assert 'href="/leave/"' in body
    assert 'href="/browse-safely/"' in body
    assert client.get("/browse-safely/").status_code == HTTPStatus.OK
