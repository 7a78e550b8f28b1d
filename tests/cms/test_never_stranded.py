"""A new member is never stranded: the confirmation email can be sent again (rate-limited, the
same answer whoever asks), and every page shows how to reach the program."""

from http import HTTPStatus

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from wagtail.models import Site

from cms.models import SiteSettings
from tests.factories import UserFactory

RESEND = "/accounts/verification/resend/"
SAME_ANSWER = "If an account with that address is waiting to be confirmed"

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting():
    user = UserFactory(email="waiting@example.org", verified=False)
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    return user


def test_resending_sends_to_an_address_waiting_for_confirmation(client, waiting):
    response = client.post(RESEND, {"email": "Waiting@Example.org"})
    assert response.status_code == HTTPStatus.OK
    assert SAME_ANSWER in response.content.decode()
    assert [message.to for message in mail.outbox] == [["waiting@example.org"]]


@pytest.mark.parametrize("email", ["nobody@example.org", "member@example.org"])
def test_the_answer_is_the_same_for_unknown_and_confirmed_addresses(client, email):
    UserFactory(email="member@example.org")  # confirmed already
    response = client.post(RESEND, {"email": email})
    assert response.status_code == HTTPStatus.OK
    assert SAME_ANSWER in response.content.decode()
    assert mail.outbox == []


def test_one_address_gets_at_most_one_email_in_three_minutes(client, waiting):
    for _ in range(3):
        assert SAME_ANSWER in client.post(RESEND, {"email": waiting.email}).content.decode()
    assert len(mail.outbox) == 1


def test_one_client_is_refused_after_five_tries_with_a_message(client):
    for number in range(5):
        assert client.post(RESEND, {"email": f"n{number}@example.org"}).status_code == HTTPStatus.OK
    response = client.post(RESEND, {"email": "n6@example.org"})
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "Too many tries" in response.content.decode()


def test_a_bad_address_is_a_400_with_the_error_next_to_the_field(client):
    response = client.post(RESEND, {"email": "not an address"})
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert 'aria-invalid="true"' in response.content.decode()


def test_every_page_footer_and_the_contact_page_show_the_programs_contact(client):
    row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    row.support_email = "help@family-program.example"
    row.contact_phone = "555 010 2000"
    row.save()
    for path in ("/", "/learn/", "/privacy/", "/accounts/login/", "/contact/"):
        html = client.get(path).content.decode()
        assert "mailto:help@family-program.example" in html, path
        assert 'href="tel:5550102000"' in html, path
        assert 'href="/contact/"' in html, path
