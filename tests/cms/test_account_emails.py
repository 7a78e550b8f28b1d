"""Account emails never quote text a stranger typed: anyone can sign up with someone else's
address, and the mail goes out from the program's address (a phishing lure otherwise)."""

import pytest
from django.core import mail

LURE = "Your relative's file is ready: call +1 555 0100 now"


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/es"])
def test_the_confirmation_email_does_not_quote_the_display_name(client, prefix):
    client.post(
        f"{prefix}/accounts/signup/",
        {
            "email": "someone-else@example.org",
            "password1": "a-long-unusual-passphrase-42",
            "password2": "a-long-unusual-passphrase-42",
            "display_name": LURE,
            "time_zone": "Europe/Madrid",
            "accept_terms": "on",
        },
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "/accounts/confirm-email/" in message.body
    for text in (message.subject, message.body, *(body for body, _type in getattr(message, "alternatives", []))):
        assert "555 0100" not in text
        assert "relative" not in text
