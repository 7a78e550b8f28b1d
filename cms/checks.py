"""Deploy checks (`manage.py check --deploy`) for settings that work on a laptop but not in production."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.caches, "kinship", deploy=True)
def check_shared_cache(app_configs=None, **kwargs):
    """Several web processes with per-process caches each keep their own rate limits and page copies."""
    if settings.DEBUG or settings.WEB_CONCURRENCY <= 1:
        return []
    per_process = sorted(alias for alias, conf in settings.CACHES.items() if conf["BACKEND"] in PER_PROCESS_CACHES)
    if not per_process:
        return []
    return [
        Error(
            f"WEB_CONCURRENCY={settings.WEB_CONCURRENCY} web processes with a per-process cache "
            f"({', '.join(per_process)}): each process would count rate limits on its own and keep stale pages.",
            hint="Set REDIS_URL (docs/configuration.md), or run one web process.",
            id="kinship.E001",
        )
    ]


@register("kinship", deploy=True)
def check_tasks_backend(app_configs=None, **kwargs):
    """With immediate tasks a web request renders certificates and waits for the mail server."""
    if settings.DEBUG or settings.TASKS_BACKEND != "immediate":
        return []
    return [
        Warning(
            "TASKS_BACKEND=immediate with DEBUG=0: certificates and emails would be made inside web requests.",
            hint="Use TASKS_BACKEND=database (the default with DEBUG=0) and run `manage.py db_worker`.",
            id="kinship.W001",
        )
    ]


@register("kinship", deploy=True)
def check_bench_views_off(app_configs=None, **kwargs):
    """The bench's reference views answer anyone (the Wagtail one says which addresses are pages)."""
    if not settings.BENCH_FLOOR:
        return []
    return [
        Warning(
            "BENCH_FLOOR=1 mounts the benchmark's reference views (/bench/…, /admin/bench-floor/).",
            hint="Leave BENCH_FLOOR unset in production; `make bench` sets it for its own server.",
            id="kinship.W002",
        )
    ]
