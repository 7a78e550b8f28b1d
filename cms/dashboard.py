"""The member dashboard at /me/ is assembled from panels that each app registers.

cms never imports learning or workshops; they call `register_panel` from their AppConfig.ready(),
so the dependency arrow keeps pointing at cms. /me/ is rendered fresh on every request: each
panel keeps its queries few and constant (tests/cms and tests/workshops query budgets).
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest


@dataclass(frozen=True)
class DashboardPanel:
    name: str
    template: str
    order: int
    # Returns the panel's context, or None to hide the panel. Keep its queries constant.
    get_context: Callable[[HttpRequest], dict | None]


_panels: dict[str, DashboardPanel] = {}


def register_panel(*, name: str, template: str, order: int, get_context: Callable[[HttpRequest], dict | None]) -> None:
    _panels[name] = DashboardPanel(name=name, template=template, order=order, get_context=get_context)


def panels_for(request: HttpRequest) -> list[tuple[DashboardPanel, dict]]:
    rendered = []
    for panel in sorted(_panels.values(), key=lambda p: p.order):
        context = panel.get_context(request)
        if context is not None:
            rendered.append((panel, context))
    return rendered
