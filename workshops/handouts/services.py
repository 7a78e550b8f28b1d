"""Session handouts and a cohort's handout pack: find the stored PDF or queue it (cms.handouts).

A session's handout is the curriculum's, not the cohort's: one PDF per session of the
workshop's live revision, in the language of the workshop the group meets in, shared by
every cohort that runs it. The pack adds the cohort's own list of sessions, so it is stored
per cohort.
"""

import hashlib
import json

from django.db.models import QuerySet

from cms.handouts.services import (
    delete_older,
    handout_request,
    pdf_file_name,
    render_stored_pdf,
    stored_pdf_request,
)
from cms.models import Handout, PdfState
from cms.task_queue import enqueue_with_transaction
from workshops.handouts.html import pack_html
from workshops.models import Cohort, CohortSession, HandoutPack, WorkshopPage
from workshops.selectors import curriculum_for


def session_handout_request(*, session: CohortSession, workshop: WorkshopPage) -> Handout | None:
    """The handout of one session (`workshop` already in the group's language), or None when
    the outline has no such session or the workshop was never published."""
    from workshops.selectors import outline_block_of

    block = outline_block_of(workshop, session)
    if block is None or not block.id:
        return None
    return handout_request(page=workshop, part=block.id)


def _sessions(cohort: Cohort) -> QuerySet[CohortSession]:
    return cohort.sessions.order_by("number")


def _sessions_key(cohort: Cohort) -> str:
    listed = list(_sessions(cohort).values_list("number", "outline_block_id", "title"))
    return hashlib.sha256(json.dumps(listed).encode()).hexdigest()


def _enqueue_pack(pack_id: int) -> None:
    from workshops.handouts import tasks

    enqueue_with_transaction(tasks.render_handout_pack, pack_id=pack_id)


def pack_request(*, cohort: Cohort) -> HandoutPack | None:
    """The cohort's stored pack, or a new one queued. None when there is nothing to print yet:
    no sessions, or a workshop that was never published."""
    workshop = curriculum_for(cohort)
    if not workshop.live or workshop.live_revision_id is None or not cohort.sessions.exists():
        return None
    return stored_pdf_request(
        HandoutPack,
        enqueue=_enqueue_pack,
        cohort_id=cohort.pk,
        revision_id=workshop.live_revision_id,
        language=workshop.locale.language_code,
        sessions_key=_sessions_key(cohort),
    )


def _build_pack(pack: HandoutPack) -> tuple[str, str]:
    from django.utils import translation

    workshop = pack.revision.as_object()
    cohort = pack.cohort
    with translation.override(pack.language):
        html = pack_html(workshop, cohort=cohort, sessions=list(_sessions(cohort)))
    return html, pdf_file_name("handout-pack")


def pack_render(*, pack_id: int) -> str:
    """Render one pack (the task's body), then drop the cohort's older packs."""
    result = render_stored_pdf(HandoutPack, pack_id, _build_pack)
    pack = HandoutPack.objects.filter(pk=pack_id, state=PdfState.READY).first()
    if result == "ready" and pack is not None:
        delete_older(HandoutPack, newer=pack, cohort_id=pack.cohort_id)
    return result
