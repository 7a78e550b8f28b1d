"""A token that changes whenever anything a workshop page lists about its groups changes."""

import uuid

from django.db import models


class GroupListingVersion(models.Model):
    """One row per workshop (all its language versions share the translation key).

    The workshop page keeps its rendered list of groups in the cache under this token. It lives
    in the database, not the cache, so every worker process sees a change at once, even with the
    per-process local-memory cache. A new random token (not a counter) can be written with one
    upsert and never brings back an older cached list.
    """

    translation_key = models.UUIDField(primary_key=True)
    token = models.UUIDField(default=uuid.uuid4)

    class Meta:
        verbose_name = "group listing version"

    def __str__(self) -> str:
        return f"group listing version {self.translation_key}"
