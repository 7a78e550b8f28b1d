"""What a handout link answers: the stored PDF, or a plain "being prepared" page.

No JavaScript and no automatic refresh (a page that reloads by itself moves a screen reader's
place and can cut someone off mid-sentence): the page says what is happening and offers a
"Check again" link to the same address.
"""

import os
from http import HTTPStatus

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from cms.models.handouts import StoredPdf

PREPARING_TEMPLATE = "cms/handout_preparing.html"
RETRY_SECONDS = 30


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    return response


def stored_pdf_response(
    request: HttpRequest,
    stored: StoredPdf | None,
    *,
    title: str,
    back_url: str,
    template: str = PREPARING_TEMPLATE,
    context: dict | None = None,
) -> HttpResponse:
    """The PDF inline (the browser's viewer prints it or saves it), else the state page."""
    if stored is None:
        raise Http404
    if stored.is_ready:
        try:
            opened = stored.pdf.open("rb")
        except OSError as error:
            raise Http404 from error
        response = FileResponse(opened, filename=os.path.basename(stored.pdf.name), content_type="application/pdf")
        return _private(response)
    status = HTTPStatus.SERVICE_UNAVAILABLE if stored.has_failed else HTTPStatus.OK
    page_context = {"title": title, "back_url": back_url, "failed": stored.has_failed, **(context or {})}
    response = render(request, template, page_context, status=status)
    response["Retry-After"] = str(RETRY_SECONDS)
    return _private(response)
