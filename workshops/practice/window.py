"""When a session's homework is "this week's practice": from the session's start until the
next session of the group starts. After the last session it stays open for a week, so the
group's final homework can be answered too."""

from datetime import datetime, timedelta

from workshops.models import CohortSession, SessionStatus

AFTER_LAST_SESSION = timedelta(days=7)


def practice_closes_at(session: CohortSession, later_sessions: list[CohortSession]) -> datetime:
    """When the practice of `session` closes, given the group's sessions after it (in order)."""
    for later in later_sessions:
        if later.status != SessionStatus.CANCELLED and later.starts_at > session.starts_at:
            return later.starts_at
    return session.ends_at + AFTER_LAST_SESSION


def current_practice_session(sessions: list[CohortSession], now: datetime) -> tuple[CohortSession, datetime] | None:
    """Of one group's sessions (in start order), the one whose practice is open now, and when
    it closes; None between groups' runs or before the first session."""
    started = [
        (index, s) for index, s in enumerate(sessions) if s.status != SessionStatus.CANCELLED and s.starts_at <= now
    ]
    if not started:
        return None
    index, session = started[-1]
    closes_at = practice_closes_at(session, sessions[index + 1 :])
    return (session, closes_at) if now < closes_at else None
