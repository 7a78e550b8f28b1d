"""Handout benchmark: `make bench-handouts` (or `.venv/bin/python bench/handouts.py [--quick]`).

Measures, in one run on this machine, the way the background task renders a handout (the
page's handout HTML from its published revision, then a tagged PDF through cms/pdf.py's one
FontConfiguration and safe fetcher):

1. the median time to render a lesson's handout (a lesson with one block of every kind but
   images and video) and a workshop session's handout,
2. the process's memory (RSS) every 50 renders over 200 renders, alternating the two: with the
   shared FontConfiguration it must stay flat.

Results go to bench/handouts-results.json and are printed; bench/README.md quotes them. Uses a
throwaway SQLite database and media folder, never the project's own.
"""

import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from certificates import ROOT, median_ms, rss_mib, setup_django  # noqa: E402 - after the path is set

QUICK = "--quick" in sys.argv


def lesson_body() -> list[dict]:
    from tests.learning.builders import knowledge_check, paragraph, reflection_prompt

    text = "Families are not to blame. Recovery takes time, and small steps count. " * 6
    return [
        {"type": "heading", "value": {"text": "What addiction is", "level": "h2"}},
        paragraph(text),
        {"type": "callout", "value": {"kind": "tip", "title": "Notice one good moment", "body": f"<p>{text}</p>"}},
        {"type": "quote", "value": {"text": "I learned I could love my son and still say no.", "attribution": "Dad"}},
        knowledge_check("kc-1"),
        reflection_prompt("rp-1"),
        {"type": "key_takeaways", "value": {"items": ["You did not cause it.", "You can take care of yourself."]}},
        {"type": "crisis_resources", "value": {"intro": "If someone is in danger right now, reach out:"}},
        paragraph(text),
    ]


def build_pages():
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    from tests.learning.builders import make_module
    from tests.workshops.builders import make_workshop

    _module, (lesson,) = make_module(lessons=1, body=lesson_body())
    lesson.save_revision().publish()
    workshop = make_workshop(sessions=6, title="Family Skills Evenings")
    workshop.save_revision().publish()
    lesson.refresh_from_db()
    workshop.refresh_from_db()
    return lesson, workshop


def renderers(lesson, workshop):
    from cms import pdf
    from cms.handouts.services import page_address

    lesson_at_revision = lesson.live_revision.as_object()
    workshop_at_revision = workshop.live_revision.as_object()
    blocks = [block.id for block in workshop_at_revision.session_outlines]

    def lesson_pdf(_index=0) -> bytes:
        html = lesson_at_revision.handout_html(online_url=page_address(lesson_at_revision))
        return pdf.html_to_pdf(html, tagged=True)

    def session_pdf(index=0) -> bytes:
        html = workshop_at_revision.handout_html(
            part=blocks[index % len(blocks)], online_url=page_address(workshop_at_revision)
        )
        return pdf.html_to_pdf(html, tagged=True)

    return lesson_pdf, session_pdf


def memory(lesson_pdf, session_pdf, renders: int) -> dict:
    points = []
    for index in range(renders):
        (lesson_pdf if index % 2 else session_pdf)(index)
        if (index + 1) % 50 == 0:
            points.append([index + 1, round(rss_mib(), 1)])
    first, last = points[0], points[-1]
    growth = (last[1] - first[1]) / max(last[0] - first[0], 1) * 100
    return {
        "renders": renders,
        "rss_mib_every_50": points,
        "growth_mib_per_100_renders_after_the_first_50": round(growth, 2),
    }


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="kinship-bench-handouts-") as folder:
        setup_django(Path(folder))
        lesson, workshop = build_pages()
        lesson_pdf, session_pdf = renderers(lesson, workshop)
        runs = 10 if QUICK else 30
        times = {
            "runs": runs,
            "lesson_handout_ms": median_ms(lesson_pdf, runs),
            "session_handout_ms": median_ms(session_pdf, runs),
            "lesson_handout_kib": round(len(lesson_pdf()) / 1024, 1),
        }
        print("render:", times, flush=True)
        flat = memory(lesson_pdf, session_pdf, renders=100 if QUICK else 200)
        print("memory:", flat, flush=True)
    results = {
        "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
        "quick": QUICK,
        "render": times,
        "memory_shared_font_config": flat,
    }
    if not QUICK:
        (ROOT / "bench" / "handouts-results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
