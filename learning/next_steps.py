"""What to do after finishing a module: the next module, and what other apps suggest.

learning never imports workshops: workshops registers a suggester from its AppConfig.ready()
(a workshop that builds on the module), so the dependency arrow keeps pointing this way.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.sessions.backends.base import SessionBase

from learning.models import LibraryPage, ModulePage
from learning.selectors import ModuleProgress, library_modules


@dataclass(frozen=True)
class Suggestion:
    title: str
    url: str
    summary: str


_suggesters: list[Callable[..., Suggestion | None]] = []


def register_suggester(suggester: Callable[..., Suggestion | None]) -> None:
    """`suggester(module=..., request=...)` returns one suggestion or None; keep it to a query or two."""
    if suggester not in _suggesters:
        _suggesters.append(suggester)


def other_suggestions(*, module: ModulePage, request) -> list[Suggestion]:
    found = (suggester(module=module, request=request) for suggester in _suggesters)
    return [suggestion for suggestion in found if suggestion is not None]


def next_module(*, module: ModulePage, user, session: SessionBase | None = None) -> ModuleProgress | None:
    """The first module after this one in the library that the reader has not finished (then any before it)."""
    library = LibraryPage.objects.ancestor_of(module).live().first()
    if library is None:
        return None
    modules = library_modules(library=library, user=user, session=session)
    position = next((index for index, item in enumerate(modules) if item.module.pk == module.pk), None)
    if position is None:
        return None
    after, before = modules[position + 1 :], modules[:position]
    return next((item for item in [*after, *before] if not item.finished), None)
