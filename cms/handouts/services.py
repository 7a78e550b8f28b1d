"""Writes for printable handouts: find or queue the stored PDF, and render it in the background.

A request never renders: it finds the PDF stored for the page's live revision, or creates the
row (pending) and queues one background task, then shows "being prepared". The task renders
exactly the revision the row names (not whatever is live when it runs), stores the file and
deletes the handouts of older revisions. The same steps serve a cohort's handout pack
(workshops/handouts/), which is why they take the model and a builder as arguments.
"""

import logging
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from cms import pdf
from cms.models import Handout, PdfState, SiteSettings
from cms.models.handouts import StoredPdf
from cms.task_queue import enqueue_with_transaction

logger = logging.getLogger(__name__)
ERROR_MAX = 2000
# A failed render is tried again when someone asks for the handout after this long.
RETRY_FAILED_AFTER = timedelta(minutes=10)
PAGE_SIZES = {"A4": "A4", "LETTER": "letter"}


# --- finding or queueing ----------------------------------------------------------------------


def stored_pdf_request(model: type[StoredPdf], *, enqueue: Callable[[int], object], **key) -> StoredPdf:
    """The stored row for `key`, created (pending) and queued with it when new (`enqueue` queues
    with the transaction: cms/task_queue.py). A failed one is queued again once
    RETRY_FAILED_AFTER has passed, by one request only."""
    with transaction.atomic():  # the row and its task commit together
        stored, created = model.objects.get_or_create(**key)
        if created:
            enqueue(stored.pk)
        elif stored.has_failed:
            retried = model.objects.filter(
                pk=stored.pk, state=PdfState.FAILED, rendered_at__lt=timezone.now() - RETRY_FAILED_AFTER
            ).update(state=PdfState.PENDING, error="")
            if retried:
                stored.state = PdfState.PENDING
                enqueue(stored.pk)
    return stored


def _enqueue_handout(handout_id: int) -> None:
    from cms.handouts import tasks

    enqueue_with_transaction(tasks.render_handout, handout_id=handout_id)


def handout_request(*, page: Page, part: str = "") -> Handout | None:
    """The handout of the page's live revision in the page's own language (stored, or queued
    now). None when the page is not live or has never been published."""
    if not page.live or page.live_revision_id is None:
        return None
    return stored_pdf_request(
        Handout,
        enqueue=_enqueue_handout,
        page_id=page.pk,
        revision_id=page.live_revision_id,
        language=page.locale.language_code,
        part=part,
    )


# --- rendering --------------------------------------------------------------------------------


def page_address(page: Page) -> str:
    """The page's full online address, for the QR code and the footer."""
    url = page.get_url() or ""
    return url if url.startswith(("http://", "https://")) else settings.SITE_URL + url


def program_name() -> str:
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).program_name if site else "Kinship"


def handout_html(template: str, context: dict, *, online_url: str) -> str:
    """A handout's HTML: the page's own template on top of templates/cms/handouts/base.html, with
    the program's name, the page size and a QR code back to the online page."""
    return render_to_string(
        template,
        {
            **context,
            "program_name": program_name(),
            "page_size": PAGE_SIZES[settings.CERTIFICATE_PAGE_SIZE],
            "online_url": online_url,
            "qr_svg": mark_safe(pdf.qr_svg(online_url)),  # noqa: S308 - segno's own SVG, no user text
        },
    )


def render_stored_pdf(model: type[StoredPdf], pk: int, build: Callable[[StoredPdf], tuple[str, str]]) -> str:
    """Render and store one row's PDF once. `build(row)` returns (html, file name). Returns
    'ready' or 'skipped' (gone, or stored already), or raises after marking the row failed.

    WeasyPrint runs outside any transaction; the file is stored only if the row still waits
    for it, so a retry or a second worker never replaces a stored PDF.
    """
    row = model.objects.filter(pk=pk).first()
    if row is None or row.state == PdfState.READY:
        return "skipped"
    try:
        html, file_name = build(row)
        data = pdf.html_to_pdf(html, fetcher=pdf.ProjectFilesFetcher(), tagged=True)
    except Exception as error:
        model.objects.filter(pk=pk, state=PdfState.PENDING).update(
            state=PdfState.FAILED, error=f"{type(error).__name__}: {error}"[:ERROR_MAX], rendered_at=timezone.now()
        )
        logger.exception("%s %s failed to render", model._meta.verbose_name, pk)
        raise
    with transaction.atomic():
        locked = model.objects.select_for_update().filter(pk=pk).first()
        if locked is None or locked.state == PdfState.READY:
            return "skipped"
        locked.pdf.save(file_name, ContentFile(data), save=False)
        locked.state = PdfState.READY
        locked.error = ""
        locked.rendered_at = timezone.now()
        locked.save(update_fields=["pdf", "state", "error", "rendered_at"])
    return "ready"


def delete_stored_file(sender, instance: StoredPdf, **kwargs) -> None:
    """post_delete receiver: a deleted row's file goes too, once the deletion is committed
    (also when a page, revision or cohort takes its rows with it)."""
    name = instance.pdf.name
    if name:
        transaction.on_commit(lambda: default_storage.delete(name))


def delete_older(model: type[StoredPdf], *, newer: StoredPdf, **same) -> int:
    """Delete the rows `newer` replaces (same `same` fields, made before it); their files follow."""
    count, _by_model = model.objects.filter(**same, created_at__lte=newer.created_at).exclude(pk=newer.pk).delete()
    return count


def handouts_drop_all() -> int:
    """Forget every stored handout (they are rendered again when next asked for). For changes
    a revision does not record: lessons print the program's current crisis lines, and a wrong
    number on paper must not outlive the edit that corrected it online."""
    count, _by_model = Handout.objects.all().delete()
    return count


def pdf_file_name(kind: str = "handout") -> str:
    """A discreet name: a downloads list or a shared printer queue is seen by others, so the
    name never carries a lesson's title (which may say what the program is about)."""
    return f"kinship-{kind}.pdf"


def _build_handout(handout: Handout) -> tuple[str, str]:
    page = handout.revision.as_object()  # exactly the revision the row names
    with translation.override(handout.language):
        html = page.handout_html(part=handout.part, online_url=page_address(page))
    return html, pdf_file_name()


def handout_render(*, handout_id: int) -> str:
    """Render one handout (the task's body), then drop the handouts of older revisions."""
    result = render_stored_pdf(Handout, handout_id, _build_handout)
    handout = Handout.objects.filter(pk=handout_id, state=PdfState.READY).first()
    if result == "ready" and handout is not None:
        delete_older(Handout, newer=handout, page_id=handout.page_id, language=handout.language, part=handout.part)
    return result
