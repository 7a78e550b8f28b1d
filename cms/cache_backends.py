"""Redis as a cache Kinship can live without for a while.

Django's RedisCache raises when the server is down, and every page reads a cache (sessions,
the anonymous page cache, kept lookups), so a Redis outage would answer 500 everywhere. This
backend logs the failure and behaves like an empty cache instead: reads miss, writes are
dropped, so pages are rendered afresh from the database. Rate limits that must not open up
while Redis is away ask `cache_is_reachable()` (see docs/configuration.md, "Rate limits").
"""

import logging
import time

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# One warning per alias every this many seconds, not one per request, while Redis is away.
WARN_EVERY_SECONDS = 30
CACHE_ERRORS = (RedisError, OSError)


class FailSoftRedisCache(RedisCache):
    """RedisCache whose every operation degrades to 'nothing cached' when Redis is unreachable."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self.alias_label = params.get("KEY_PREFIX") or str(server)
        self.last_warning = 0.0

    def failed(self, operation: str, error: Exception):
        now = time.monotonic()
        if now - self.last_warning >= WARN_EVERY_SECONDS:
            self.last_warning = now
            logger.warning(
                "cache %s unreachable during %s (%s): serving without it", self.alias_label, operation, error
            )

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except CACHE_ERRORS as error:
            self.failed("add", error)
            return False

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except CACHE_ERRORS as error:
            self.failed("get", error)
            return default

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            super().set(key, value, timeout, version)
        except CACHE_ERRORS as error:
            self.failed("set", error)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except CACHE_ERRORS as error:
            self.failed("touch", error)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except CACHE_ERRORS as error:
            self.failed("delete", error)
            return False

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except CACHE_ERRORS as error:
            self.failed("get_many", error)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except CACHE_ERRORS as error:
            self.failed("has_key", error)
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except CACHE_ERRORS as error:
            # Like a missing key: callers already handle ValueError from incr.
            self.failed("incr", error)
            raise ValueError(f"cache unreachable, {key!r} not counted") from error

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except CACHE_ERRORS as error:
            self.failed("set_many", error)
            return list(data)

    def delete_many(self, keys, version=None):
        try:
            super().delete_many(keys, version)
        except CACHE_ERRORS as error:
            self.failed("delete_many", error)

    def clear(self):
        try:
            return super().clear()
        except CACHE_ERRORS as error:
            self.failed("clear", error)
            return False

    def ping(self) -> bool:
        """True when Redis answers a real write and read now (the health check asks this)."""
        probe = "kinship:healthz:probe"
        try:
            RedisCache.set(self, probe, "1", 10)
            return RedisCache.get(self, probe) == "1"
        except CACHE_ERRORS:
            return False


def cache_is_reachable(alias: str = "default") -> bool:
    """True unless the alias is a Redis cache that does not answer (per-process caches always do)."""
    backend = caches[alias]
    if isinstance(backend, FailSoftRedisCache):
        return backend.ping()
    return True
