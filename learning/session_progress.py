"""An anonymous reader's progress, kept in their session until they sign up or sign in."""

from django.contrib.sessions.backends.base import SessionBase

COMPLETED_KEY = "learning:completed"
ANSWERS_KEY = "learning:answers"
MAX_SESSION_LESSONS = 500  # a session is not a database: cap what an anonymous reader can store


def session_completed_lesson_ids(session: SessionBase) -> set[int]:
    return {int(pk) for pk in session.get(COMPLETED_KEY, [])}


def session_mark_complete(session: SessionBase, *, lesson_id: int) -> None:
    completed = session.get(COMPLETED_KEY, [])
    if lesson_id not in completed and len(completed) < MAX_SESSION_LESSONS:
        session[COMPLETED_KEY] = [*completed, lesson_id]


def session_answers(session: SessionBase, *, lesson_id: int) -> dict[str, tuple[int, bool]]:
    stored = session.get(ANSWERS_KEY, {})
    prefix = f"{lesson_id}:"
    return {key[len(prefix) :]: tuple(value) for key, value in stored.items() if key.startswith(prefix)}


def session_record_answer(session: SessionBase, *, lesson_id: int, block_id: str, option_index: int, correct: bool):
    stored = session.get(ANSWERS_KEY, {})
    if len(stored) < MAX_SESSION_LESSONS:
        session[ANSWERS_KEY] = {**stored, f"{lesson_id}:{block_id}": [option_index, correct]}


def session_pop_progress(session: SessionBase) -> tuple[set[int], dict[str, list]]:
    """Take the anonymous progress out of the session (it moves to the member's records)."""
    completed = session_completed_lesson_ids(session)
    answers = session.get(ANSWERS_KEY, {})
    session.pop(COMPLETED_KEY, None)
    session.pop(ANSWERS_KEY, None)
    return completed, answers
