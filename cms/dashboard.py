"""The member dashboard at /me/ is assembled from panels that each app registers.

cms never imports learning or workshops; they call `register_panel` from their AppConfig.ready(),
so the dependency arrow keeps pointing at cms.

A stored copy of /me/ is used while nothing on it has changed (cms/views.py, cms/private_cache.py).
Each panel says what it shows as aggregates over the member's own rows (`fingerprint`: counts,
latest times, versions); all panels' aggregates are read in one query, and any change to those
rows, however it was written, changes them. A panel that changes with the clock (a session
starts) says when (`changes_at`).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Expression
from django.http import HttpRequest

from cms.fingerprints import MemberFingerprint, group_aggregates


@dataclass(frozen=True)
class DashboardPanel:
    name: str
    template: str
    order: int
    # Returns the panel's context, or None to hide the panel. Keep its queries constant.
    get_context: Callable[[HttpRequest], dict | None]
    # Aggregates (annotations on the member's own user row) that change whenever the panel would.
    fingerprint: Callable[[], dict[str, Expression]] | None = None
    # After rendering: when the panel next looks different with the same rows (None: never).
    changes_at: Callable[[HttpRequest], datetime | None] | None = None


_panels: dict[str, DashboardPanel] = {}


def register_panel(
    *,
    name: str,
    template: str,
    order: int,
    get_context: Callable[[HttpRequest], dict | None],
    fingerprint: Callable[[], dict[str, Expression]] | None = None,
    changes_at: Callable[[HttpRequest], datetime | None] | None = None,
) -> None:
    _panels[name] = DashboardPanel(
        name=name,
        template=template,
        order=order,
        get_context=get_context,
        fingerprint=fingerprint,
        changes_at=changes_at,
    )


def _ordered() -> list[DashboardPanel]:
    return sorted(_panels.values(), key=lambda p: p.order)


def panels_for(request: HttpRequest) -> list[tuple[DashboardPanel, dict]]:
    rendered = []
    for panel in _ordered():
        context = panel.get_context(request)
        if context is not None:
            rendered.append((panel, context))
    return rendered


def _fingerprint_annotations() -> dict:
    annotations = group_aggregates()
    for panel in _ordered():
        if panel.fingerprint is not None:
            annotations.update({f"{panel.name}_{key}": value for key, value in panel.fingerprint().items()})
    return annotations


_fingerprint = MemberFingerprint(_fingerprint_annotations)


def dashboard_fingerprint(user) -> list:
    """Every panel's fingerprint of this member's rows (and their groups), in one query."""
    return _fingerprint.read(user)


def dashboard_changes_at(request: HttpRequest) -> datetime | None:
    moments = [panel.changes_at(request) for panel in _ordered() if panel.changes_at is not None]
    return min((moment for moment in moments if moment is not None), default=None)
