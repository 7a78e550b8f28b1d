"""Stored page keys are safe for every cache backend, whatever the address holds."""

import warnings

import pytest
from django.core.cache.backends.base import CacheKeyWarning


@pytest.mark.django_db
def test_an_address_with_odd_characters_makes_a_key_every_cache_accepts(client):
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        for path in ("/learn/%3Cb%20onmouseover=x%3E/", "/learn/line%0D%0Abreak/", "/learn/" + "a" * 300 + "/"):
            assert client.get(path).status_code in (301, 302, 404)
