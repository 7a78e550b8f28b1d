"""Writes for the learner's side: completions, knowledge-check answers, reflections."""

from dataclasses import dataclass

from django.contrib.sessions.backends.base import SessionBase
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.sanitize import plain_text_to_html
from learning.models import KnowledgeCheckAnswer, LessonCompletion, LessonPage, Reflection
from learning.models.records import REFLECTION_MAX_LENGTH, REFLECTION_STORED_MAX_LENGTH
from learning.session_progress import session_mark_complete, session_pop_progress, session_record_answer


class InvalidSubmission(Exception):
    """A post that no page of ours could have produced: an unknown block or option."""


@dataclass(frozen=True)
class AnswerResult:
    option_index: int
    correct: bool
    feedback: str


def _block(lesson: LessonPage, *, block_id: str, block_type: str):
    for block in lesson.body:
        if block.id == block_id and block.block_type == block_type:
            return block
    raise InvalidSubmission(f"lesson {lesson.pk} has no {block_type} block {block_id!r}")


def _in_translation_group(model, *, user, lesson: LessonPage, block_id: str):
    """The member's row (an answer or a reflection) for this block on any translation of the
    lesson (same translation_key; a translation keeps its original's block ids), latest first."""
    ordering = "-answered_at" if model is KnowledgeCheckAnswer else "-updated_at"
    return (
        model.objects.filter(user=user, lesson__translation_key=lesson.translation_key, block_id=block_id)
        .only("pk", "lesson_id")
        .order_by(ordering)
        .first()
    )


def lesson_mark_complete(*, lesson: LessonPage, user=None, session: SessionBase | None = None) -> None:
    """Record that the reader finished the lesson: in the database when signed in, else in the session."""
    if user is not None and user.is_authenticated:
        LessonCompletion.objects.get_or_create(user=user, lesson=lesson)
    elif session is not None:
        session_mark_complete(session, lesson_id=lesson.pk)


def knowledge_check_answer(
    *, lesson: LessonPage, block_id: str, option: str, user=None, session: SessionBase | None = None
) -> AnswerResult:
    """Check an answer and remember the reader's latest choice. Forged input raises InvalidSubmission."""
    block = _block(lesson, block_id=block_id, block_type="knowledge_check")
    options = block.value["options"]
    try:
        option_index = int(option)
    except (TypeError, ValueError) as error:
        raise InvalidSubmission("the option is not a number") from error
    if not 0 <= option_index < len(options):
        raise InvalidSubmission("no such option")
    chosen = options[option_index]
    result = AnswerResult(option_index=option_index, correct=bool(chosen["correct"]), feedback=chosen["feedback"])
    if user is not None and user.is_authenticated:
        # One answer per question across the lesson's translations: an answer given in English
        # is the answer shown (and replaced) in Spanish.
        existing = _in_translation_group(KnowledgeCheckAnswer, user=user, lesson=lesson, block_id=block_id)
        KnowledgeCheckAnswer.objects.update_or_create(
            user=user,
            lesson_id=existing.lesson_id if existing else lesson.pk,
            block_id=block_id,
            defaults={"option_index": option_index, "is_correct": result.correct, "answered_at": timezone.now()},
        )
    elif session is not None:
        session_record_answer(
            session, lesson_id=lesson.pk, block_id=block_id, option_index=option_index, correct=result.correct
        )
    return result


def _clean_reflection_text(text: str) -> str:
    if len(text or "") > REFLECTION_MAX_LENGTH:
        raise ValidationError(
            _("Please keep a reflection under %(limit)s characters. Yours has %(count)s."),
            params={"limit": f"{REFLECTION_MAX_LENGTH:,}", "count": f"{len(text):,}"},
            code="too_long",
        )
    cleaned = plain_text_to_html(text)
    if not cleaned.strip():
        raise ValidationError(_("Write something first, or delete the reflection."), code="empty")
    if len(cleaned) > REFLECTION_STORED_MAX_LENGTH:
        raise ValidationError(_("Please shorten this reflection."), code="too_long")
    return cleaned


def reflection_save(*, user, lesson: LessonPage, block_id: str, text: str) -> Reflection:
    """Create or update the member's reflection for one prompt; the text is cleaned before it is stored."""
    block = _block(lesson, block_id=block_id, block_type="reflection_prompt")
    cleaned = _clean_reflection_text(text)
    now = timezone.now()
    # The journal follows the member across languages: a reflection on this prompt written on
    # another translation of the lesson is the one updated.
    existing = _in_translation_group(Reflection, user=user, lesson=lesson, block_id=block_id)
    reflection, _created = Reflection.objects.update_or_create(
        user=user,
        lesson_id=existing.lesson_id if existing else lesson.pk,
        block_id=block_id,
        defaults={"text": cleaned, "prompt": block.value["prompt"][:300], "updated_at": now},
        create_defaults={"text": cleaned, "prompt": block.value["prompt"][:300], "created_at": now, "updated_at": now},
    )
    return reflection


def reflection_update(*, reflection: Reflection, text: str) -> Reflection:
    reflection.text = _clean_reflection_text(text)
    reflection.updated_at = timezone.now()
    reflection.save(update_fields=["text", "updated_at"])
    return reflection


def reflection_delete(*, reflection: Reflection) -> None:
    reflection.delete()


@transaction.atomic
def claim_anonymous_progress(*, user, session: SessionBase) -> int:
    """Move what an anonymous reader did in this session to their account. Returns lessons claimed."""
    completed, answers = session_pop_progress(session)
    live_ids = set(LessonPage.objects.live().filter(pk__in=completed).values_list("pk", flat=True))
    LessonCompletion.objects.bulk_create(
        [LessonCompletion(user=user, lesson_id=pk) for pk in sorted(live_ids)], ignore_conflicts=True
    )
    answer_rows = []
    for key, (option_index, correct) in answers.items():
        lesson_id, _sep, block_id = key.partition(":")
        if lesson_id.isdigit() and block_id:
            answer_rows.append(
                KnowledgeCheckAnswer(
                    user=user,
                    lesson_id=int(lesson_id),
                    block_id=block_id[:64],
                    option_index=int(option_index),
                    is_correct=bool(correct),
                )
            )
    existing_lessons = set(
        LessonPage.objects.filter(pk__in={row.lesson_id for row in answer_rows}).values_list("pk", flat=True)
    )
    KnowledgeCheckAnswer.objects.bulk_create(
        [row for row in answer_rows if row.lesson_id in existing_lessons and 0 <= row.option_index <= 5],
        ignore_conflicts=True,
    )
    return len(live_ids)
