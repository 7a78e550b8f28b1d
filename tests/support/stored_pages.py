"""Checks shared by the tests of pages kept per person (cms/private_cache.py)."""

import re
from http import HTTPStatus

from django.test import Client

FORM_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def assert_own_token_posts(*, first_html: str, second_html: str, second: Client, url: str, data: dict) -> None:
    """The stored copy served to a second browser carries one token of its own (none of the first
    browser's), and a CSRF-checked POST from that browser with it is accepted (a redirect)."""
    tokens = set(FORM_TOKEN.findall(second_html))
    assert len(tokens) == 1 and tokens.isdisjoint(re.findall(r'value="([A-Za-z0-9]{64})"', first_html))
    assert "kinship-page-cache-csrf" not in second_html
    strict = Client(enforce_csrf_checks=True)
    strict.cookies = second.cookies
    assert strict.post(url, {**data, "csrfmiddlewaretoken": tokens.pop()}).status_code == HTTPStatus.FOUND
