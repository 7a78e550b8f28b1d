"""The HTML of a session handout and of a cohort's pack, from a workshop revision's outline."""

from cms.handouts.services import handout_html, page_address


def _session_block(workshop, block_id: str):
    block = next((block for block in workshop.session_outlines if block.id == block_id), None)
    if block is None:
        raise LookupError(f"the outline of workshop {workshop.pk} has no session {block_id!r}")
    return block


def session_handout_html(workshop, *, block_id: str, online_url: str) -> str:
    block = _session_block(workshop, block_id)
    number = next(index for index, found in enumerate(workshop.session_outlines, start=1) if found.id == block_id)
    return handout_html(
        "workshops/handouts/session.html",
        {"workshop": workshop, "outline": block.value, "number": number, "total": len(workshop.session_outlines)},
        online_url=online_url,
    )


def pack_html(workshop, *, cohort, sessions) -> str:
    """Every session of the cohort, in order, each from its outline block (None: not in the outline)."""
    from workshops.selectors import outline_block_of

    parts = []
    for session in sessions:
        block = outline_block_of(workshop, session)
        parts.append({"number": session.number, "title": session.title, "outline": block.value if block else None})
    return handout_html(
        "workshops/handouts/pack.html",
        {"workshop": workshop, "cohort": cohort, "parts": parts, "total": len(parts)},
        online_url=page_address(workshop),
    )
