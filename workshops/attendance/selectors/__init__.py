"""Reads for attendance. Each takes a fixed number of queries, whatever the size of the cohort.

Rosters and marks are for staff and facilitators only; the views that call these check that.
Other features import from here (certificates: `completion_status`, `attendance_counts`).
"""

from workshops.attendance.selectors.member import (
    OwnCohort,
    OwnSession,
    OwnSessionState,
    member_attendance,
    member_session_state,
)
from workshops.attendance.selectors.reports import (
    CohortRate,
    Matrix,
    MatrixColumn,
    MatrixRow,
    cohort_attendance_matrix,
    program_attendance,
)
from workshops.attendance.selectors.rule import (
    ATTENDED_STATUSES,
    CompletionStatus,
    attendance_counts,
    completion_status,
    counted_statuses,
    display_name,
    workshop_rule,
)
from workshops.attendance.selectors.sheet import (
    LATE_AFTER,
    Sheet,
    SheetRow,
    attendance_sheet,
    sheet_session,
)

__all__ = [
    "ATTENDED_STATUSES",
    "LATE_AFTER",
    "CohortRate",
    "CompletionStatus",
    "Matrix",
    "MatrixColumn",
    "MatrixRow",
    "OwnCohort",
    "OwnSession",
    "OwnSessionState",
    "Sheet",
    "SheetRow",
    "attendance_counts",
    "attendance_sheet",
    "cohort_attendance_matrix",
    "completion_status",
    "counted_statuses",
    "display_name",
    "member_attendance",
    "member_session_state",
    "program_attendance",
    "sheet_session",
    "workshop_rule",
]
