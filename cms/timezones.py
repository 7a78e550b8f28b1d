"""IANA time zones offered to people, and the check that a stored one is real."""

import zoneinfo
from functools import cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_TIME_ZONE = "America/New_York"


@cache
def time_zone_names() -> tuple[str, ...]:
    # "posix/" and "right/" duplicates and bare legacy aliases confuse people picking a zone.
    return tuple(
        sorted(
            name
            for name in zoneinfo.available_timezones()
            if "/" in name and not name.startswith(("posix/", "right/", "Etc/", "SystemV/", "US/"))
        )
        + ["UTC"]
    )


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in time_zone_names()]


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("%(value)s is not a time zone we know."), params={"value": value})
