"""The demo library (data files in learning/content/, read by learning/content_files.py), published under /learn/.

Idempotent, and updates in place: a module or lesson is found by its slug; one that nobody has
edited in the admin (no revision saved by a person) is brought up to date with the data files
when they changed, so revised text reaches existing installs; one a clinician has edited is left
as it is. Every revision the loader saves shows in the page's history as "Loaded demo content".
A run with no change in the files saves nothing.
"""

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable

from django.db.models import Model
from wagtail.blocks import StreamValue
from wagtail.models import Page

from learning.content_files import read_modules
from learning.models import LessonPage, LibraryPage, ModulePage, Topic

DEMO_CONTENT_LOADED = "learning.demo_content_loaded"

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


def keep_block_ids(body: list[dict], current) -> list[dict]:
    """The new body with each block taking the id of the current block of its type at the same
    occurrence (the 2nd knowledge check keeps the 2nd check's id), so answers and journal entries
    saved against a page stay with their question when text is inserted above it."""
    current_ids = defaultdict(list)
    for block in current:
        current_ids[block.block_type].append(block.id)
    seen = Counter()
    kept = []
    for block in body:
        ids = current_ids[block["type"]]
        occurrence = seen[block["type"]]
        seen[block["type"]] += 1
        kept.append({**block, "id": ids[occurrence]} if occurrence < len(ids) else block)
    return kept


def edited_by_a_person(page: Page) -> bool:
    """A clinician's edits (any revision saved by a user) are never overwritten by demo data."""
    return page.revisions.exclude(user=None).exists()


def stored_form(value):
    """A field's value as the database holds it, so data-file values compare equal to a page's."""
    if isinstance(value, StreamValue):
        return [child.get_prep_value() for child in value]  # every block in its saved shape
    if isinstance(value, Model):
        return value.pk
    return value


def publish_demo_revision(page: Page) -> None:
    page.save_revision(log_action=DEMO_CONTENT_LOADED).publish()


def update_demo_page(page: Page, fields: dict, log: Callable[[str], None]) -> bool:
    """Bring a page the loader made up to date with the data files; True when it changed."""
    if edited_by_a_person(page):
        return False
    before = {name: stored_form(getattr(page, name)) for name in fields}
    for name, value in fields.items():
        setattr(page, name, value)
    if all(stored_form(getattr(page, name)) == before[name] for name in fields):
        return False
    page.draft_title = page.title
    publish_demo_revision(page)
    log(f"updated {page.url_path} from the demo data files")
    return True


def objectives(key: str, data: dict, current=None) -> list[dict]:
    raw = [
        {"type": "objective", "value": text, "id": _stable_id(key, "objective", index)}
        for index, text in enumerate(data["objectives"])
    ]
    return raw if current is None else keep_block_ids(raw, current)


def module_fields(data: dict, topics: dict, current: ModulePage | None = None) -> dict:
    return {
        "title": data["title"],
        "summary": data["summary"],
        "topic": topics.get(data["topic"]),  # a topic not created yet: the module has none for now
        "order": data["order"],
        "objectives": objectives(data["slug"], data, current.objectives if current else None),
        "search_description": data["summary"][:250],
    }


def lesson_fields(module_slug: str, data: dict, current_body=None) -> dict:
    body = lesson_body(module_slug, data)
    if current_body is not None:
        body = keep_block_ids(body, current_body)
    return {"title": data["title"], "estimated_minutes": data["minutes"], "body": body}


def following_sibling(pages_by_slug: dict, data: dict, lessons: list[dict]):
    """The existing lesson that comes after `data` in the files' order, if any."""
    position = lessons.index(data)
    for later in lessons[position + 1 :]:
        if later["slug"] in pages_by_slug:
            return pages_by_slug[later["slug"]]
    return None


def load_demo_modules(log: Callable[[str], None], modules: list[dict] | None = None) -> None:
    modules = read_modules("en") if modules is None else modules
    library = LibraryPage.objects.get(locale__language_code="en")
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale__language_code="en")}
    for module_data in modules:
        module = ModulePage.objects.child_of(library).filter(slug=module_data["slug"]).first()
        if module is None:
            module = ModulePage(slug=module_data["slug"], **module_fields(module_data, topics))
            library.add_child(instance=module)
            publish_demo_revision(module)
            log(f"created module {module.slug}")
        else:
            update_demo_page(module, module_fields(module_data, topics, module), log)
        existing = {page.slug: page for page in LessonPage.objects.child_of(module)}
        for lesson_data in module_data["lessons"]:
            lesson = existing.get(lesson_data["slug"])
            if lesson is not None:
                update_demo_page(lesson, lesson_fields(module_data["slug"], lesson_data, lesson.body), log)
                continue
            lesson = LessonPage(slug=lesson_data["slug"], **lesson_fields(module_data["slug"], lesson_data))
            following = following_sibling(existing, lesson_data, module_data["lessons"])
            if following is None:
                module.add_child(instance=lesson)
            else:  # a lesson added between two others keeps its place in the module
                following.add_sibling(pos="left", instance=lesson)
            existing[lesson.slug] = lesson
            publish_demo_revision(lesson)
            log(f"created lesson {module.slug}/{lesson.slug}")
