"""Weekly schedules in a cohort's own time zone, turned into exact UTC instants."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def first_weekday_on_or_after(start: date, weekday: int) -> date:
    return start + timedelta(days=(weekday - start.weekday()) % 7)


def local_to_utc(day: date, local_time: time, time_zone: str) -> datetime:
    """The UTC instant of a wall-clock time in `time_zone`.

    Combining the local date and time first (and only then converting) keeps a weekly group
    at 7 pm local time after a daylight-saving change. A time that does not exist on the
    night clocks spring forward resolves to the offset before the change (PEP 495, fold=0).
    """
    return datetime.combine(day, local_time, tzinfo=ZoneInfo(time_zone)).astimezone(UTC)


def weekly_session_times(
    *, start: date, weekday: int, local_time: time, minutes: int, count: int, time_zone: str
) -> list[tuple[datetime, datetime]]:
    """(start, end) in UTC for `count` weekly sessions from the first `weekday` on or after `start`."""
    first = first_weekday_on_or_after(start, weekday)
    length = timedelta(minutes=minutes)
    times = []
    for week in range(count):
        starts_at = local_to_utc(first + timedelta(weeks=week), local_time, time_zone)
        times.append((starts_at, starts_at + length))
    return times
