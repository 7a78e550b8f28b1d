"""IANA time zones offered to people, and the check that a stored one is real."""

import zoneinfo
from functools import cache

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_TIME_ZONE = "America/New_York"
# Offered first, where programs and families most often are; every other zone follows.
COMMON_TIME_ZONES = [
    ("America/New_York", _("Eastern time (New York)")),
    ("America/Chicago", _("Central time (Chicago)")),
    ("America/Denver", _("Mountain time (Denver)")),
    ("America/Phoenix", _("Mountain time, no daylight saving (Phoenix)")),
    ("America/Los_Angeles", _("Pacific time (Los Angeles)")),
    ("America/Anchorage", _("Alaska time (Anchorage)")),
    ("Pacific/Honolulu", _("Hawaii time (Honolulu)")),
    ("America/Puerto_Rico", _("Atlantic time (Puerto Rico)")),
]


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


def time_zone_label(name: str) -> str:
    """A zone as people read it: "Eastern time (New York)" for a common one, else its name with
    spaces ("America/Argentina/Buenos Aires"), never "America/New_York"."""
    return str(dict(COMMON_TIME_ZONES).get(name) or name.replace("_", " "))


def time_zone_choices() -> list:
    """Common US zones first, then every zone by name (two groups in a select)."""
    common = {name for name, _label in COMMON_TIME_ZONES}
    return [
        (_("Common time zones"), COMMON_TIME_ZONES),
        (_("All time zones"), [(name, name.replace("_", " ")) for name in time_zone_names() if name not in common]),
    ]


class TimeZoneSelect(forms.Select):
    """A select of time zones, common ones first, for a model's plain text field."""

    def __init__(self, attrs=None):
        super().__init__(attrs, choices=time_zone_choices())


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("%(value)s is not a time zone we know."), params={"value": value})
