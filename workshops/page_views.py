"""How the workshop index and workshop pages are served: their routes and the context their
templates need (from workshops.selectors). The page models name these lists (`page_urls`,
cms/page_routing.py)."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from cms.page_routing import INDEX_ROUTE
from workshops import selectors
from workshops.models import WorkshopIndexPage, WorkshopPage


def workshop_index_page(request: HttpRequest, *, page: WorkshopIndexPage) -> HttpResponse:
    return page.render(request, context_overrides={"workshops": selectors.workshop_index_entries(index=page)})


def workshop_page(request: HttpRequest, *, page: WorkshopPage) -> HttpResponse:
    return page.render(request, context_overrides=selectors.workshop_page_context(workshop=page, user=request.user))


workshop_index_urls = [path("", workshop_index_page, name=INDEX_ROUTE)]
workshop_urls = [path("", workshop_page, name=INDEX_ROUTE)]
