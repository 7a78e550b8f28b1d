"""The privacy register: every model that holds personal data, what it holds, why, for how long.

Each app registers its models from AppConfig.ready(). The register drives the member's data
export (/me/export/) and account deletion, and a test fails for any model linked to the user
model that is missing here, so new personal data cannot slip in unnoticed.
"""

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from django.db import models


class OnErasure(StrEnum):
    DELETE = "delete"  # rows go with the account
    ANONYMISE = "anonymise"  # rows stay for statistics with the person removed (a callable does it)
    KEEP_UNLINKED = "keep unlinked"  # staff-side records whose link to the person is cleared by Django


@dataclass(frozen=True)
class PersonalData:
    model: type[models.Model]
    user_path: str  # lookup from the model to the user, e.g. "user" or "enrollment__user"
    fields: tuple[str, ...]  # audience: the member; what they get in their export
    purpose: str
    retention: str
    on_erasure: OnErasure = OnErasure.DELETE
    exported: bool = True
    # Audience: staff only. Held about the member but written for staff (a revoke reason):
    # never in the export, and a test checks the export against this list.
    staff_only: tuple[str, ...] = ()
    anonymise: Callable[[models.QuerySet], None] | None = None
    # Runs before the account is deleted, e.g. to give up a workshop seat so the waitlist moves.
    before_erasure: Callable[[models.QuerySet], None] | None = None

    @property
    def label(self) -> str:
        return self.model._meta.label

    def rows_for(self, user) -> models.QuerySet:
        return self.model._default_manager.filter(**{self.user_path: user.pk})


# Models that link to users but hold nothing about a family member: staff-side admin
# machinery, each with the reason it is not in the register.
NOT_PERSONAL: dict[str, str] = {}

_register: dict[str, PersonalData] = {}


def register(entry: PersonalData) -> None:
    _register[entry.label] = entry


def exempt(label: str, reason: str) -> None:
    NOT_PERSONAL[label] = reason


def entries() -> list[PersonalData]:
    return sorted(_register.values(), key=lambda entry: entry.label)


def entry_for(label: str) -> PersonalData | None:
    return _register.get(label)
