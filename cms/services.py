"""Writes for accounts: export and erasure, driven by the privacy register."""

import logging

from django.contrib.auth import get_user_model
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from cms import privacy

logger = logging.getLogger(__name__)


def member_data_export(*, user) -> dict:
    """Every registered piece of the member's data, as plain JSON-ready values."""
    export = {"exported_at": timezone.now().isoformat(), "format": "kinship-member-export/1", "data": {}}
    for entry in privacy.entries():
        if not entry.exported:
            continue
        rows = list(entry.rows_for(user).values(*entry.fields))
        export["data"][entry.label] = {
            "purpose": entry.purpose,
            "retention": entry.retention,
            "records": [{key: _jsonable(value) for key, value in row.items()} for row in rows],
        }
    return export


def _jsonable(value):
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return DjangoJSONEncoder().default(value)


@transaction.atomic
def account_erase(*, user, actor=None) -> None:
    """Delete the account and the personal data the register names.

    Each entry's `before_erasure` runs first (a workshop seat is given up so the waitlist
    moves; stored files go), rows kept for statistics are anonymised (`anonymise`), then the
    account goes and the database's cascades remove the rest. `actor` is staff acting on request.
    """
    user_id = user.pk
    for entry in privacy.entries():
        if entry.before_erasure is not None:
            entry.before_erasure(entry.rows_for(user))
    for entry in privacy.entries():
        if entry.anonymise is not None:
            entry.anonymise(entry.rows_for(user))
    if actor is not None:
        log(instance=user, action="kinship.account_erased", user=actor, title=f"Member account #{user_id}")
    get_user_model().objects.filter(pk=user_id).delete()
    logger.info("account %s erased%s", user_id, f" by user {actor.pk}" if actor else "")
