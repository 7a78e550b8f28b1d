"""A local-memory cache that remembers every key written: shows which cache alias code uses."""

from django.core.cache.backends.locmem import LocMemCache


class RecordingCache(LocMemCache):
    written: set[str] = set()

    def add(self, key, *args, **kwargs):
        type(self).written.add(key)
        return super().add(key, *args, **kwargs)

    def set(self, key, *args, **kwargs):
        type(self).written.add(key)
        return super().set(key, *args, **kwargs)
