"""cms/sanitize.py, the one place user-written HTML is cleaned, against 491 public XSS payloads."""

import re
from html.parser import HTMLParser

import pytest

from cms.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, clean_user_html, plain_text_to_html
from tests.support.corpora import read_corpus

NEVER = {"script", "style", "svg", "math", "noscript", "iframe", "template", "img", "object", "embed", "form"}


@pytest.fixture(scope="module")
def payloads():
    return read_corpus("xss_payloads.txt")


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))

    def handle_comment(self, data):
        self.found.append(("comment", {}))


def elements(fragment: str) -> list[tuple[str, dict]]:
    collector = _Collector()
    collector.feed(fragment)
    collector.close()
    return collector.found


def test_the_corpus_is_the_full_public_list(payloads):
    assert len(payloads) >= 491


@pytest.mark.parametrize("clean", [clean_user_html, plain_text_to_html])
def test_every_payload_comes_out_with_only_allowlisted_markup(payloads, clean):
    for payload in payloads:
        output = clean(payload)
        assert "<!--" not in output, payload
        for tag, attributes in elements(output):
            assert tag in ALLOWED_TAGS and tag not in NEVER, (payload, output)
            for attribute, value in attributes.items():
                assert attribute in ALLOWED_ATTRIBUTES.get(tag, []), (payload, output)
                if attribute == "href":
                    assert re.match(r"(https?://|mailto:|/(?!/)|#)", value, re.IGNORECASE), (payload, output)


@pytest.mark.parametrize("clean", [clean_user_html, plain_text_to_html])
def test_sanitizing_twice_equals_sanitizing_once(payloads, clean):
    for payload in payloads:
        once = clean(payload)
        assert clean(once) == once, payload


def test_links_get_rel_nofollow_noopener():
    assert clean_user_html('<a href="https://www.samhsa.gov">help</a>') == (
        '<a href="https://www.samhsa.gov" rel="nofollow noopener noreferrer">help</a>'
    )


def test_light_formatting_survives():
    assert clean_user_html("<p><b>bold</b> <i>it</i></p><ul><li>one</li></ul>") == (
        "<p><b>bold</b> <i>it</i></p><ul><li>one</li></ul>"
    )


def test_bleach_is_called_from_one_module_only():
    """Replacing the engine later must be a one-file change."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    users = [
        path.relative_to(root).as_posix()
        for folder in ("cms", "learning", "workshops")
        for path in (root / folder).rglob("*.py")
        if "import bleach" in path.read_text() or "from bleach" in path.read_text()
    ]
    assert users == ["cms/sanitize.py"]
