"""A lesson's printable handout: its blocks, set for paper (cms/handouts renders and stores it).

Interactive blocks become their paper form: a knowledge check lists its answers with a box to
tick, a reflection prompt leaves lines to write on (answers are never printed: a handout holds
no one's data), a video or recording prints its transcript and its address.
"""

from cms.handouts.services import handout_html


def lesson_handout_html(lesson, *, online_url: str) -> str:
    module = lesson.get_parent()
    return handout_html(
        "learning/handouts/lesson.html",
        {"page": lesson, "module_title": module.title if module else ""},
        online_url=online_url,
    )
