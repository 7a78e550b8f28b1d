"""The five demo modules (text in learning/demo_content.py), published under /learn/.

Idempotent: a module or lesson that already exists (matched by slug) is left as it is,
so a clinician's edits to demo content survive another run.
"""

import uuid
from collections.abc import Callable

from learning.demo_content import MODULES
from learning.models import LessonPage, LibraryPage, ModulePage, Topic

_ID_NAMESPACE = uuid.UUID("6f1d7f1e-8a6b-4e0c-9a43-2f7d8f3c5b10")


def _stable_id(*parts: object) -> str:
    """Block ids stay the same across runs, so saved answers keep pointing at their question."""
    return str(uuid.uuid5(_ID_NAMESPACE, "/".join(str(part) for part in parts)))


def _raw_block(block_type: str, value, *, key: str) -> dict:
    if block_type == "knowledge_check":
        value = {
            **value,
            "options": [
                {"type": "item", "value": option, "id": _stable_id(key, "option", index)}
                for index, option in enumerate(value["options"])
            ],
        }
    elif block_type in {"key_takeaways", "sources"}:
        value = {
            "items": [
                {"type": "item", "value": item, "id": _stable_id(key, "item", index)}
                for index, item in enumerate(value["items"])
            ]
        }
    return {"type": block_type, "value": value, "id": _stable_id(key)}


def lesson_body(module_slug: str, lesson: dict) -> list[dict]:
    return [
        _raw_block(block_type, value, key=f"{module_slug}/{lesson['slug']}/{index}")
        for index, (block_type, value) in enumerate(lesson["body"])
    ]


def _publish(page) -> None:
    page.save_revision().publish()


def load_demo_modules(log: Callable[[str], None]) -> None:
    library = LibraryPage.objects.get(locale__language_code="en")
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale__language_code="en")}
    for module_data in MODULES:
        module = ModulePage.objects.child_of(library).filter(slug=module_data["slug"]).first()
        if module is None:
            module = ModulePage(
                title=module_data["title"],
                slug=module_data["slug"],
                summary=module_data["summary"],
                topic=topics.get(module_data["topic"]),
                order=module_data["order"],
                objectives=[("objective", text) for text in module_data["objectives"]],
                search_description=module_data["summary"][:250],
            )
            library.add_child(instance=module)
            _publish(module)
            log(f"created module {module.slug}")
        for lesson_data in module_data["lessons"]:
            if LessonPage.objects.child_of(module).filter(slug=lesson_data["slug"]).exists():
                continue
            lesson = LessonPage(
                title=lesson_data["title"],
                slug=lesson_data["slug"],
                estimated_minutes=lesson_data["minutes"],
                body=lesson_body(module_data["slug"], lesson_data),
            )
            module.add_child(instance=lesson)
            _publish(lesson)
            log(f"created lesson {module.slug}/{lesson.slug}")
