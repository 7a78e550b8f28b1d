"""Headers and cookies: a Permissions-Policy everywhere, and no message text in a cookie."""

import pytest

from tests.factories import DEFAULT_PASSWORD, UserFactory


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/learn/", "/accounts/login/", "/healthz/"])
def test_every_response_carries_a_permissions_policy(client, path):
    policy = client.get(path)["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in policy


@pytest.mark.django_db
def test_the_signed_in_message_stays_on_the_server(client):
    """Finding: the messages cookie carried "signed in as <name>", readable in base64."""
    member = UserFactory(display_name="Robin Example")
    response = client.post("/accounts/login/", {"login": member.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert "messages" not in response.cookies
    page = client.get("/me/")
    assert "messages" not in page.cookies
    assert "Robin Example" in page.content.decode()
