"""Reads for the learner's side. Each takes a fixed number of queries, whatever the data size."""

from dataclasses import dataclass, field
from functools import cached_property, reduce
from operator import or_

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils.translation import get_language
from wagtail.blocks import StreamValue
from wagtail.images import get_image_model

from cms.translations import one_per_translation, source_path_of
from learning.models import (
    KnowledgeCheckAnswer,
    LessonCompletion,
    LessonPage,
    LibraryPage,
    ModulePage,
    Reflection,
    Topic,
)
from learning.session_progress import session_answers, session_completed_lesson_ids


@dataclass
class ModuleProgress:
    module: ModulePage
    lessons: list[LessonPage]
    completed_ids: set[int]

    @property
    def lesson_count(self) -> int:
        return len(self.lessons)

    @property
    def done_count(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.pk in self.completed_ids)

    @property
    def minutes(self) -> int:
        return sum(lesson.estimated_minutes for lesson in self.lessons)

    @property
    def percent(self) -> int:
        return round(100 * self.done_count / self.lesson_count) if self.lessons else 0

    @property
    def started(self) -> bool:
        return self.done_count > 0

    @property
    def finished(self) -> bool:
        return bool(self.lessons) and self.done_count == self.lesson_count

    @property
    def next_lesson(self) -> LessonPage | None:
        """The first lesson not yet done: where to continue."""
        return next((lesson for lesson in self.lessons if lesson.pk not in self.completed_ids), None)


def completed_lesson_ids(*, user, session: SessionBase | None = None, lesson_ids=None) -> set[int]:
    """Lessons this reader has completed: from the database when signed in, else from the session."""
    if user.is_authenticated:
        completions = LessonCompletion.objects.filter(user=user)
        if lesson_ids is not None:
            completions = completions.filter(lesson_id__in=lesson_ids)
        return set(completions.values_list("lesson_id", flat=True))
    completed = session_completed_lesson_ids(session) if session is not None else set()
    return completed if lesson_ids is None else completed & set(lesson_ids)


LESSON_LIST_FIELDS = (
    *("id", "title", "slug", "path", "depth", "url_path"),
    *("estimated_minutes", "locale_id", "live", "translation_key"),
)


def _completed_in_any_language(*, lessons: list[LessonPage], user, session: SessionBase | None) -> set[int]:
    """Which of these lessons the reader completed, in this language or another one (a member who
    switches language keeps their progress). Signed in, the lessons come from
    `_live_lessons_by_module(user=...)`, which read the answer with them (`reader_completed`);
    signed out, the answer is in the session."""
    if not user.is_authenticated:
        return completed_lesson_ids(user=user, session=session, lesson_ids=[lesson.pk for lesson in lessons])
    return {lesson.pk for lesson in lessons if lesson.reader_completed}


def _done(lessons: list[LessonPage], completed_keys: set) -> set[int]:
    """Which of `lessons` are done, given the translation keys of the lessons completed in any language."""
    return {lesson.pk for lesson in lessons if lesson.translation_key in completed_keys}


def _live_lessons_by_module(
    *, modules: list[ModulePage], under: str | list[str], user=None
) -> dict[int, list[LessonPage]]:
    """Live lessons of the given modules (all below the tree path(s) `under`), in tree order, in one
    query. With a signed-in `user`, each lesson also says whether they completed it in any language
    (`lesson.reader_completed`), in the same query."""
    if not modules:
        return {}
    prefixes = [under] if isinstance(under, str) else under
    module_by_path = {module.path: module.pk for module in modules}
    lessons = (
        LessonPage.objects.live()
        .filter(reduce(or_, (Q(path__startswith=prefix) for prefix in prefixes)), depth=modules[0].depth + 1)
        .only(*LESSON_LIST_FIELDS)
        .order_by("path")
    )
    if user is not None and user.is_authenticated:
        lessons = lessons.annotate(
            reader_completed=Exists(
                LessonCompletion.objects.filter(user=user, lesson__translation_key=OuterRef("translation_key"))
            )
        )
    grouped: dict[int, list[LessonPage]] = {pk: [] for pk in module_by_path.values()}
    for lesson in lessons:
        module_pk = module_by_path.get(lesson.path[: -LessonPage.steplen])
        if module_pk is not None:
            grouped[module_pk].append(lesson)
    return grouped


def topics_for_locale(locale_id: int) -> dict:
    """Every topic as {translation_key: topic}, each in the language of `locale_id` where it is
    translated, else in the default language. One query."""
    rows = (
        Topic.objects.filter(Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE))
        .select_related("locale")
        .order_by("order", "pk")
    )
    chosen: dict = {}
    for topic in rows:
        if topic.translation_key not in chosen or topic.locale_id == locale_id:
            chosen[topic.translation_key] = topic
    return chosen


def topic_in_locale(topic: Topic | None, *, locale_id: int) -> Topic | None:
    """A module's topic in the reader's language (`locale_id`), whichever translation the module
    points at: a module translated with Wagtail's "Translate" still points at the original's."""
    if topic is None or topic.locale_id == locale_id:
        return topic
    return topics_for_locale(locale_id).get(topic.translation_key, topic)


def _library_structure(library: LibraryPage, *, user=None) -> tuple[list[ModulePage], dict[int, list[LessonPage]]]:
    """The live modules and their live lessons (a constant number of queries; with a signed-in
    `user`, each lesson says whether they completed it). A translated library also lists the
    original's modules not translated yet (they open in English)."""
    modules = list(
        ModulePage.objects.filter(
            Q(path__startswith=library.path) | Q(path__startswith=source_path_of(library, "path")),
            depth=library.depth + 1,
        )
        .live()
        .select_related("topic")
        .prefetch_related(Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions()))
        .order_by("order", "title")
    )
    modules = one_per_translation(modules, locale_id=library.locale_id)
    # Topics in the library's language: a query only when a module points at one in another language.
    if any(module.topic is not None and module.topic.locale_id != library.locale_id for module in modules):
        topics = topics_for_locale(library.locale_id)
        for module in modules:
            if module.topic is not None and module.topic.locale_id != library.locale_id:
                module.topic = topics.get(module.topic.translation_key, module.topic)
    parents = sorted({module.path[: -ModulePage.steplen] for module in modules})
    lessons = _live_lessons_by_module(modules=modules, under=parents or library.path, user=user)
    return modules, lessons


def library_modules(
    *, library: LibraryPage, user, session: SessionBase | None = None, completed_keys: set | None = None
) -> list[ModuleProgress]:
    """Every live module of the library with its lessons and this reader's progress (from
    `completed_keys`, the translation keys of every lesson they completed in any language, when given)."""
    # Given the member's completed keys (/me/ has them already), the lessons need not say.
    modules, lessons = _library_structure(library, user=user if completed_keys is None else None)
    every_lesson = [lesson for module_lessons in lessons.values() for lesson in module_lessons]
    if completed_keys is None:
        completed = _completed_in_any_language(lessons=every_lesson, user=user, session=session)
    else:
        completed = _done(every_lesson, completed_keys)
    return [ModuleProgress(module=m, lessons=lessons[m.pk], completed_ids=completed) for m in modules]


def module_overview(*, module: ModulePage, user, session: SessionBase | None = None) -> dict:
    lessons = _live_lessons_by_module(modules=[module], under=module.path, user=user)[module.pk]
    completed = _completed_in_any_language(lessons=lessons, user=user, session=session)
    return {"progress": ModuleProgress(module=module, lessons=lessons, completed_ids=completed)}


def modules_progress(*, modules: list[ModulePage], user) -> dict[int, ModuleProgress]:
    """{module pk: progress} for modules at one depth (library children): one query."""
    if not modules:
        return {}
    lessons_by_module = _live_lessons_by_module(modules=modules, under=[module.path for module in modules], user=user)
    every_lesson = [lesson for lessons in lessons_by_module.values() for lesson in lessons]
    completed = _completed_in_any_language(lessons=every_lesson, user=user, session=None)
    return {
        module.pk: ModuleProgress(module=module, lessons=lessons_by_module[module.pk], completed_ids=completed)
        for module in modules
    }


# Blocks that show the reader's own answer or journal (and carry a form's CSRF token): never
# inside a public fragment. Every other block is the same for everyone.
PERSONAL_BLOCK_TYPES = frozenset({"knowledge_check", "reflection_prompt"})


@dataclass
class LessonBlock:
    """A block of the lesson body with what this reader did with it. The block itself is read
    from the body only when rendered: a public run kept as a fragment never converts its blocks."""

    body: StreamValue
    index: int
    block_type: str
    block_id: str
    answer_index: int | None = None
    answer_correct: bool | None = None
    reflection: Reflection | None = None

    @cached_property
    def block(self):
        return self.body[self.index]

    @property
    def personal(self) -> bool:
        return self.block_type in PERSONAL_BLOCK_TYPES

    @property
    def answered_option(self):
        if self.answer_index is None:
            return None
        options = self.block.value["options"]
        return options[self.answer_index] if self.answer_index < len(options) else None


@dataclass
class BodyPart:
    """A run of the lesson body: consecutive blocks that are the same for every reader (`public`,
    rendered in one public fragment), or one personal block."""

    public: bool
    items: list[LessonBlock]


def body_parts(blocks: list[LessonBlock]) -> list[BodyPart]:
    parts: list[BodyPart] = []
    for item in blocks:
        if not item.personal and parts and parts[-1].public:
            parts[-1].items.append(item)
        else:
            parts.append(BodyPart(public=not item.personal, items=[item]))
    return parts


@dataclass
class LessonView:
    module: ModulePage
    progress: ModuleProgress
    previous_lesson: LessonPage | None
    next_lesson: LessonPage | None
    is_complete: bool
    blocks: list[LessonBlock] = field(default_factory=list)

    @property
    def body_parts(self) -> list[BodyPart]:
        return body_parts(self.blocks)


def lesson_context(*, lesson: LessonPage, user, session: SessionBase | None = None) -> dict:
    """Everything a lesson page shows beyond its body: module, progress, neighbours, the reader's answers."""
    parent = lesson.get_parent()  # Wagtail's routing sets it when the lesson is served: no query
    module = parent if isinstance(parent, ModulePage) else ModulePage.objects.get(pk=parent.pk)
    progress = module_overview(module=module, user=user, session=session)["progress"]
    position = next((i for i, sibling in enumerate(progress.lessons) if sibling.pk == lesson.pk), None)
    previous_lesson = progress.lessons[position - 1] if position else None
    next_lesson = (
        progress.lessons[position + 1] if position is not None and position + 1 < len(progress.lessons) else None
    )

    answers: dict[str, tuple[int, bool]] = {}
    reflections: dict[str, Reflection] = {}
    # The body's raw data says which blocks it has without converting them (StreamField's own API).
    raw_blocks = list(lesson.body.raw_data)
    block_types = {raw["type"] for raw in raw_blocks}
    if user.is_authenticated:
        # A lesson without questions (or journal prompts) needs no query for their answers.
        if "knowledge_check" in block_types:
            answers = {
                block_id: (option_index, is_correct)
                for block_id, option_index, is_correct in KnowledgeCheckAnswer.objects.filter(
                    user=user, lesson__translation_key=lesson.translation_key
                )
                .order_by("answered_at")  # the latest answer wins if two languages have one
                .values_list("block_id", "option_index", "is_correct")
            }
        if "reflection_prompt" in block_types:
            # The member's journal follows them across languages: a reflection written on any
            # translation of this lesson (same translation_key) answers the same prompt (same block id).
            reflections = {
                r.block_id: r
                for r in Reflection.objects.filter(user=user, lesson__translation_key=lesson.translation_key).order_by(
                    "updated_at"
                )
            }
    elif session is not None:
        answers = session_answers(session, lesson_id=lesson.pk)

    blocks = []
    for index, raw in enumerate(raw_blocks):
        item = LessonBlock(body=lesson.body, index=index, block_type=raw["type"], block_id=raw.get("id"))
        if item.block_type == "knowledge_check" and item.block_id in answers:
            item.answer_index, item.answer_correct = answers[item.block_id]
        elif item.block_type == "reflection_prompt":
            item.reflection = reflections.get(item.block_id)
        blocks.append(item)

    return {
        "lesson_view": LessonView(
            module=module,
            progress=progress,
            previous_lesson=previous_lesson,
            next_lesson=next_lesson,
            is_complete=lesson.pk in progress.completed_ids,
            blocks=blocks,
        )
    }


# What a page needs to be placed in the tree, linked ({% pageurl %}) and matched to its translations.
PAGE_TREE_FIELDS = ("id", "title", "path", "depth", "url_path", "locale_id", "live", "translation_key")


def _dashboard_modules(*, library: LibraryPage, completed_keys: set) -> list[ModuleProgress]:
    """The library's live modules with the member's progress, as /me/ lists them: titles and
    links only (no topics, cover images or summaries, which the library page shows). Two queries."""
    modules = list(
        ModulePage.objects.filter(
            Q(path__startswith=library.path) | Q(path__startswith=source_path_of(library, "path")),
            depth=library.depth + 1,
        )
        .live()
        .only(*PAGE_TREE_FIELDS, "order")
        .order_by("order", "title")
    )
    modules = one_per_translation(modules, locale_id=library.locale_id)
    parents = sorted({module.path[: -ModulePage.steplen] for module in modules})
    lessons = _live_lessons_by_module(modules=modules, under=parents or library.path)
    every_lesson = [lesson for module_lessons in lessons.values() for lesson in module_lessons]
    completed = _done(every_lesson, completed_keys)
    return [ModuleProgress(module=m, lessons=lessons[m.pk], completed_ids=completed) for m in modules]


def member_learning_summary(*, user, recent_reflections: int = 5) -> dict:
    """The learning panel of /me/: modules in progress and done, where to continue, recent reflections."""
    language = get_language()

    def find_library():
        libraries = LibraryPage.objects.live().only(*PAGE_TREE_FIELDS).order_by("path")
        return libraries.filter(locale__language_code=language).first() or libraries.first()

    library = find_library()
    # All of the member's completions (at most one per lesson) in one query: their progress and
    # the live lesson they completed last.
    completions = list(
        LessonCompletion.objects.filter(user=user)
        .order_by("-completed_at")
        .values_list("lesson__translation_key", "lesson__path", "lesson__live")
    )
    completed_keys = {key for key, _path, _live in completions}
    modules = _dashboard_modules(library=library, completed_keys=completed_keys) if library else []
    in_progress = [m for m in modules if m.started and not m.finished]
    finished = [m for m in modules if m.finished]
    continue_with = None
    last = next((path for _key, path, live in completions if live), None)
    if last:
        continue_with = next(
            (m for m in in_progress if last.startswith(m.module.path)), in_progress[0] if in_progress else None
        )
    elif in_progress:
        continue_with = in_progress[0]
    reflections = list(
        Reflection.objects.filter(user=user)
        .select_related("lesson")
        .only("id", "prompt", "text", "updated_at", "lesson__id", "lesson__title", "lesson__url_path")
        .order_by("-updated_at")[:recent_reflections]
    )
    return {
        "in_progress": in_progress,
        "finished": finished,
        "continue_with": continue_with,
        "reflections": reflections,
        "has_library": bool(modules),
    }
