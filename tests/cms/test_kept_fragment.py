"""{% kept_fragment %}: markup the same for every reader, rendered once per process until the
content changes (cms/shared_lookups.py), per language and host, never for a preview."""

import itertools

import pytest
from django.template import TemplateSyntaxError, engines
from django.test import RequestFactory
from django.utils import translation

from cms.page_cache import invalidate_all


class Counter:
    """Renders as 1, 2, 3…: shows how often the fragment was really rendered."""

    def __init__(self):
        self._next = itertools.count(1)

    def __str__(self):
        return str(next(self._next))


def render(source: str, *, host: str = "testserver", preview: bool = False, **context) -> str:
    request = RequestFactory().get("/", HTTP_HOST=host)
    request.is_preview = preview
    template = engines["django"].from_string("{% load kinship_tags %}" + source)
    return template.render(context, request).strip()


FRAGMENT = '{% kept_fragment "card" pk %}[{{ counter }}]{% endkept_fragment %}'


def test_a_fragment_is_rendered_once_and_again_after_a_change(settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    counter = Counter()
    assert render(FRAGMENT, pk=1, counter=counter) == "[1]"
    assert render(FRAGMENT, pk=1, counter=counter) == "[1]"
    assert render(FRAGMENT, pk=2, counter=counter) == "[2]"  # its own key
    with translation.override("es"):
        assert render(FRAGMENT, pk=1, counter=counter) == "[3]"  # its own language
    assert render(FRAGMENT, pk=1, counter=counter, host="other.example") == "[4]"  # its own host
    invalidate_all()
    assert render(FRAGMENT, pk=1, counter=counter) == "[5]"


def test_a_preview_is_never_kept():
    counter = Counter()
    assert render(FRAGMENT, pk=1, counter=counter, preview=True) == "[1]"
    assert render(FRAGMENT, pk=1, counter=counter, preview=True) == "[2]"
    assert render(FRAGMENT, pk=1, counter=counter) == "[3]"


def test_a_fragment_needs_a_name():
    with pytest.raises(TemplateSyntaxError):
        render("{% kept_fragment %}x{% endkept_fragment %}")
