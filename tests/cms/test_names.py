"""One name rule (cms/names.py), and every path that stores or prints a name uses it."""

import pytest

from cms.names import normalise_name
from tests.factories import UserFactory
from workshops.certificates.selectors import comparable_name, name_to_print
from workshops.certificates.services import normalize_name

FAMILY = "👩\u200d👩\u200d👧\u200d👦"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("certificate\u202efdp.exe", "certificatefdp.exe"),
        ("Ro\u200bbin\ufeff", "Robin"),
        ("Robin\x1b[2J", "Robin[2J"),
        ("Robin\r\nLee", "Robin Lee"),
        ("Robin\nLee", "Robin Lee"),
        (f"Robin {FAMILY}", f"Robin {FAMILY}"),
        ("\u200dRobin\u200d", "Robin"),
        ("می\u200cخواهم", "می\u200cخواهم"),
        ("  Zoe   Nunez  ", "Zoe Nunez"),
        ("Zoe\u0301", "Zoé"),
    ],
)
def test_the_rule(typed, kept):
    assert normalise_name(typed) == kept


def test_the_family_emoji_stays_one_sequence():
    assert normalise_name(FAMILY).count("\u200d") == 3


@pytest.mark.django_db
def test_a_display_name_prints_cleaned_when_no_printed_name_is_chosen():
    member = UserFactory(display_name="Robin\u202e Lee\x1b")
    assert name_to_print(member=member, preference=None) == "Robin Lee"


def test_certificate_names_use_the_same_rule():
    assert normalize_name("Robin\r\nLee") == "Robin Lee"  # finding: CR/LF were removed without a space
    assert normalize_name(f"Robin {FAMILY}") == f"Robin {FAMILY}"


def test_the_public_name_check_compares_cleaned_forms():
    assert comparable_name("Ro\u200bbin Lee") == comparable_name("Robin Lee")
    assert comparable_name("Robin\u202e Lee") == comparable_name("robin lee")


@pytest.mark.django_db
def test_sign_up_stores_the_display_name_cleaned(client):
    from django.contrib.auth import get_user_model

    client.post(
        "/accounts/signup/",
        {
            "email": "robin@example.org",
            "password1": "a-long-unusual-passphrase-42",
            "password2": "a-long-unusual-passphrase-42",
            "display_name": f"Robin\u202e\u200b {FAMILY}",
            "time_zone": "Europe/Madrid",
            "accept_terms": "on",
        },
    )
    assert get_user_model().objects.get(email="robin@example.org").display_name == f"Robin {FAMILY}"
