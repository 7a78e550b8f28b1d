"""Demo data for `manage.py load_demo_content`: the demo accounts, plus what each app registers.

Every loader is idempotent: it looks things up by a stable key and updates them in place.
"""

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from cms.consent import consent_record
from cms.roles import CLINICIANS, PROGRAM_STAFF

DEFAULT_DEMO_PASSWORD = "kinship-demo-2026"  # noqa: S105 - published in the README, demo only (never with DEBUG=0)

DEMO_ACCOUNTS = [
    # email, display name, groups, superuser
    ("admin@example.org", "Alex Admin", [], True),
    ("clinician@example.org", "Dr. Casey Rivera", [CLINICIANS], False),
    ("staff@example.org", "Sam Staff", [PROGRAM_STAFF], False),
    ("family@example.org", "Jordan", [], False),
]


@dataclass(frozen=True)
class DemoLoader:
    name: str
    order: int
    load: Callable[[Callable[[str], None]], None]


_loaders: dict[str, DemoLoader] = {}


def register_demo_loader(*, name: str, order: int, load: Callable[[Callable[[str], None]], None]) -> None:
    """Apps add their demo content here from AppConfig.ready(); `load` gets a `log(str)` callable."""
    _loaders[name] = DemoLoader(name=name, order=order, load=load)


def registered_loaders() -> list[DemoLoader]:
    return sorted(_loaders.values(), key=lambda loader: loader.order)


def demo_password(production: bool) -> str | None:
    """The password for demo accounts, or None when each new account must get its own.

    In production (DEBUG=0) the published password is never used: an operator's own
    DEMO_PASSWORD is, else every new account gets a generated one, printed once.
    """
    chosen = os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD
    if production and chosen == DEFAULT_DEMO_PASSWORD:
        return None
    return chosen


def load_demo_accounts(log: Callable[[str], None], *, production: bool = False) -> dict[str, str]:
    """Create or update the demo accounts. Returns {email: password} for the passwords generated
    now (production only; existing accounts keep theirs there), for the caller to show once."""
    User = get_user_model()
    password = demo_password(production)
    generated = {}
    for email, display_name, group_names, superuser in DEMO_ACCOUNTS:
        user, created = User.objects.get_or_create(email=email, defaults={"display_name": display_name})
        user.display_name = display_name
        user.is_superuser = superuser
        user.is_staff = superuser
        if password is not None:
            user.set_password(password)
        elif created:
            generated[email] = secrets.token_urlsafe(15)
            user.set_password(generated[email])
        user.save()
        user.groups.set(Group.objects.filter(name__in=group_names))
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        consent_record(user=user)
        log(f"{'created' if created else 'updated'} {email}")
    return generated


def load_demo_crisis_lines(log: Callable[[str], None]) -> None:
    """The default crisis lines in English and Spanish. A line is found by its number in each
    language, so a program's own edits and extra lines are kept."""
    from wagtail.models import Locale

    from cms.crisis_line_defaults import DEFAULT_CRISIS_LINES
    from cms.models import CrisisLine

    def digits(value: str) -> str:
        return "".join(ch for ch in value if ch.isdigit())

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "es")}
    for order, texts in enumerate(DEFAULT_CRISIS_LINES, start=1):
        english = next(
            (
                line
                for line in CrisisLine.objects.filter(locale=locales["en"])
                if digits(line.phone) == digits(texts["en"]["phone"])
            ),
            None,
        )
        if english is None:
            english = CrisisLine.objects.create(locale=locales["en"], sort_order=order, **texts["en"])
            log(f"created crisis line {english.name}")
        if not CrisisLine.objects.filter(translation_key=english.translation_key, locale=locales["es"]).exists():
            spanish = CrisisLine.objects.create(
                locale=locales["es"],
                translation_key=english.translation_key,
                sort_order=english.sort_order,
                **texts["es"],
            )
            log(f"created crisis line {spanish.name}")
