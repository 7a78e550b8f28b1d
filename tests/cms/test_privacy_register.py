"""The privacy register covers every model linked to a user, and drives export and erasure."""

import json
from http import HTTPStatus

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model

from cms import privacy

User = get_user_model()


def models_linked_to_users() -> set[str]:
    linked = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            # Inherited fields (a Page subclass's owner) belong to the parent model's entry.
            if field.is_relation and field.concrete and field.related_model is User and field.model is model:
                linked.add(model._meta.label)
    return linked


def test_every_model_linked_to_a_user_is_registered_or_explained():
    registered = {entry.label for entry in privacy.entries()}
    missing = models_linked_to_users() - registered - set(privacy.NOT_PERSONAL) - {User._meta.label}
    assert not missing, f"add these to the privacy register (or explain why not): {sorted(missing)}"


def test_the_check_fails_when_an_entry_is_removed(monkeypatch):
    """Removing a registered model makes the completeness check above fail."""
    reflection = privacy.entry_for("learning.Reflection")
    assert reflection is not None
    monkeypatch.delitem(privacy._register, "learning.Reflection")
    registered = {entry.label for entry in privacy.entries()}
    missing = models_linked_to_users() - registered - set(privacy.NOT_PERSONAL) - {User._meta.label}
    assert missing == {"learning.Reflection"}


def test_every_entry_states_purpose_retention_and_real_fields():
    for entry in privacy.entries():
        assert entry.purpose and entry.retention, entry.label
        entry.model._default_manager.values(*entry.fields).query.get_compiler("default").as_sql()


def test_explained_exemptions_are_real_models():
    for label in privacy.NOT_PERSONAL:
        apps.get_model(label)


@pytest.mark.django_db
def test_export_is_a_json_download_of_every_registered_entry(member_client, member):
    response = member_client.get("/me/export/")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)["data"]
    assert set(data) == {entry.label for entry in privacy.entries() if entry.exported}
    account = data[User._meta.label]["records"]
    assert account == [
        {
            "email": member.email,
            "display_name": member.display_name,
            "time_zone": member.time_zone,
            "preferred_language": "en",
            "date_joined": account[0]["date_joined"],
            "last_login": account[0]["last_login"],
        }
    ]


@pytest.mark.django_db
def test_export_needs_a_sign_in(client):
    assert client.get("/me/export/").status_code == HTTPStatus.FOUND
