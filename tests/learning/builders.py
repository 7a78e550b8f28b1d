"""Small builders for module and lesson pages under the library that migrations created."""

import itertools

from learning.models import LessonPage, LibraryPage, ModulePage, Topic

_counter = itertools.count(1)


def paragraph(text: str = "Families are not to blame.") -> dict:
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def knowledge_check(block_id: str = "kc-1", *, question: str = "Did you cause it?") -> dict:
    return {
        "type": "knowledge_check",
        "id": block_id,
        "value": {
            "question": question,
            "options": [
                {
                    "type": "item",
                    "id": f"{block_id}-a",
                    "value": {"text": "Yes", "correct": False, "feedback": "No, you did not."},
                },
                {
                    "type": "item",
                    "id": f"{block_id}-b",
                    "value": {"text": "No", "correct": True, "feedback": "Right: you did not cause it."},
                },
            ],
        },
    }


def reflection_prompt(block_id: str = "rp-1", *, prompt: str = "What helps you rest?") -> dict:
    return {"type": "reflection_prompt", "id": block_id, "value": {"prompt": prompt, "hint": "Small things count."}}


def make_module(*, title: str | None = None, lessons: int = 3, body=None, topic: Topic | None = None, order: int = 1):
    """A live module with `lessons` live lessons, each with `body` (a list of raw blocks)."""
    number = next(_counter)
    library = LibraryPage.objects.get(locale__language_code="en")
    module = ModulePage(
        title=title or f"Module {number}",
        slug=f"module-{number}",
        summary="A short summary.",
        topic=topic,
        order=order,
    )
    library.add_child(instance=module)
    made = []
    for index in range(lessons):
        lesson = LessonPage(
            title=f"Lesson {number}.{index + 1}",
            slug=f"lesson-{index + 1}",
            estimated_minutes=5,
            body=body if body is not None else [paragraph()],
        )
        module.add_child(instance=lesson)
        made.append(lesson)
    return module, made
