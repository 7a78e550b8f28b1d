"""With Redis unreachable, pages are rendered without the cache instead of answering 500
(cms/cache_backends.py), and the deploy checks catch caches and tasks unfit for production."""

from http import HTTPStatus

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from cms.cache_backends import FailSoftRedisCache, cache_is_reachable
from tests.learning.builders import make_module

UNREACHABLE_REDIS = {
    alias: {
        "BACKEND": "cms.cache_backends.FailSoftRedisCache",
        "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing listens
        "KEY_PREFIX": alias,
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
    for alias in ("default", "pages")
}


def test_an_unreachable_redis_behaves_like_an_empty_cache(settings):
    settings.CACHES = UNREACHABLE_REDIS
    backend = caches["pages"]
    assert isinstance(backend, FailSoftRedisCache)
    backend.set("k", "v")
    assert backend.get("k", "missing") == "missing"
    assert backend.add("k", "v") is False
    assert backend.get_many(["k"]) == {}
    with pytest.raises(ValueError):
        backend.incr("k")
    assert cache_is_reachable("pages") is False
    settings.CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": alias}
        for alias in ("default", "pages")
    }
    assert cache_is_reachable("default") is True


@pytest.mark.django_db
def test_anonymous_and_member_pages_answer_while_redis_is_unreachable(client, member, settings):
    module, lessons = make_module(lessons=1)
    settings.CACHES = UNREACHABLE_REDIS
    for path in ("/learn/", module.url, lessons[0].url, "/workshops/"):
        assert client.get(path).status_code == HTTPStatus.OK, path
    client.force_login(member)
    for path in ("/me/", lessons[0].url):
        assert client.get(path).status_code == HTTPStatus.OK, path


def deploy_check(settings, **values):
    settings.DEBUG = False
    for name, value in values.items():
        setattr(settings, name, value)
    call_command("check", deploy=True, fail_level="WARNING", tags=["caches", "kinship"])


def test_deploy_check_refuses_several_web_processes_with_a_per_process_cache(settings):
    with pytest.raises(SystemCheckError, match="kinship.E001"):
        deploy_check(settings, WEB_CONCURRENCY=4, TASKS_BACKEND="database")
    deploy_check(settings, WEB_CONCURRENCY=1, TASKS_BACKEND="database")
    deploy_check(settings, WEB_CONCURRENCY=4, TASKS_BACKEND="database", CACHES=UNREACHABLE_REDIS)


def test_deploy_check_warns_on_immediate_tasks_in_production(settings):
    with pytest.raises(SystemCheckError, match="kinship.W001"):
        deploy_check(settings, WEB_CONCURRENCY=1, TASKS_BACKEND="immediate")


def test_deploy_check_warns_when_the_bench_views_are_mounted(settings):
    with pytest.raises(SystemCheckError, match="kinship.W002"):
        deploy_check(settings, WEB_CONCURRENCY=1, TASKS_BACKEND="database", BENCH_FLOOR=True)
    deploy_check(settings, WEB_CONCURRENCY=1, TASKS_BACKEND="database", BENCH_FLOOR=False)
