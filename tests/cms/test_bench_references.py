"""The reference pages `make bench` measures pages against: Wagtail finding a page and nothing
more, and Wagtail's admin around nothing. They are mounted only with BENCH_FLOOR=1."""

from http import HTTPStatus

import pytest
from django.http import Http404
from django.urls import NoReverseMatch, reverse

from cms.admin_views import EmptyAdminPage
from cms.views import bench_wagtail_route
from tests.learning.builders import make_module


@pytest.mark.django_db
def test_the_reference_pages_are_not_mounted_by_default(client):
    with pytest.raises(NoReverseMatch):
        reverse("bench_wagtail_route", kwargs={"path": "learn/"})
    with pytest.raises(NoReverseMatch):
        reverse("kinship_bench_admin_floor")
    assert client.get("/bench/wagtail-route/learn/").status_code == HTTPStatus.NOT_FOUND


@pytest.mark.django_db
def test_wagtail_route_answers_for_a_live_page_and_404s_otherwise(rf, member):
    lesson = make_module(lessons=1)[1][0]
    request = rf.get("/")
    request.user = member
    response = bench_wagtail_route(request, lesson.url.lstrip("/"))
    assert response.status_code == HTTPStatus.OK and response.content == b"ok"
    request = rf.get("/")
    with pytest.raises(Http404):
        bench_wagtail_route(request, "learn/no-such-module/")


@pytest.mark.django_db
def test_the_empty_admin_page_is_wagtails_admin_with_nothing_in_it(rf, program_staff):
    request = rf.get("/admin/bench-floor/")
    request.user = program_staff
    response = EmptyAdminPage.as_view()(request)
    response.render()
    assert response.status_code == HTTPStatus.OK
    assert b"Empty admin page" in response.content
