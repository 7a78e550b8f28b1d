"""Logs carry ids, never a member's name or email."""

import logging

import pytest

from cms.services import account_erase
from tests.cms.test_accounts import signup_data
from tests.factories import DEFAULT_PASSWORD, UserFactory

NAME = "Marisol Thistlewood"
EMAIL = "marisol.thistle@example.org"


@pytest.mark.django_db
def test_account_flows_log_no_names_or_emails(client, caplog):
    caplog.set_level(logging.DEBUG)
    client.post("/accounts/signup/", signup_data(EMAIL, display_name=NAME))
    client.post("/accounts/login/", {"login": EMAIL, "password": "wrong-password"})
    user = UserFactory(email="second-" + EMAIL, display_name=NAME)
    client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    client.get("/me/")
    client.get("/me/export/")
    account_erase(user=user)
    # factory_boy's own debug output describes the test fixture, not the application.
    records = [record for record in caplog.records if not record.name.startswith("factory")]
    logged = "\n".join(record.getMessage() for record in records)
    assert any("erased" in record.getMessage() for record in records)
    assert NAME not in logged
    assert EMAIL not in logged
