"""A member's private calendar subscription address (a secret token in the URL)."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import GreaterThanOrEqual
from django.utils import timezone

TOKEN_BYTES = 32


def new_feed_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class CalendarFeed(models.Model):
    """At most one live feed per member; revoking deletes it, so the old address stops working."""

    member = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            # A short token could be guessed; the database refuses one.
            models.CheckConstraint(condition=GreaterThanOrEqual(Length("token"), 40), name="calendar_feed_token_long")
        ]

    def __str__(self) -> str:
        return f"calendar feed {self.pk}"
