"""Where a module offers its outcome check-in: the module page (before), "module complete"
(after). The check-ins and their answers belong to workshops/outcomes, which registers the
offer here from its AppConfig.ready(), as learning never imports workshops (like next_steps)."""

from collections.abc import Callable

_offerers: list[Callable] = []


def register_module_offerer(offerer: Callable) -> None:
    """offerer(*, user, module, progress, occasion, language) -> an offer with a `template`, or None."""
    if offerer not in _offerers:
        _offerers.append(offerer)


def module_offer(*, request, module, progress, occasion: str):
    """The check-in to offer this signed-in member here, else None. Anonymous readers are never asked."""
    if not request.user.is_authenticated:
        return None
    language = (getattr(request, "LANGUAGE_CODE", None) or "en")[:2]
    for offerer in _offerers:
        offer = offerer(user=request.user, module=module, progress=progress, occasion=occasion, language=language)
        if offer is not None:
            return offer
    return None
