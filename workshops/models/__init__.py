from workshops.models.attendance import AttendanceRecord
from workshops.models.attendance_extras import AttendanceApology, SessionArrival
from workshops.models.calendar_feeds import CalendarFeed
from workshops.models.certificates import (
    Certificate,
    CertificatePreference,
    CertificateStatus,
    CohortCertificateOptions,
    RenderState,
)
from workshops.models.choices import (
    ACTIVE_ENROLLMENT_STATUSES,
    SEAT_HOLDING_STATUSES,
    AttendanceStatus,
    CohortStatus,
    EnrollmentStatus,
    Relationship,
    SessionStatus,
    Weekday,
)
from workshops.models.cohorts import Cohort, CohortSession
from workshops.models.enrollments import Enrollment
from workshops.models.handouts import HandoutPack
from workshops.models.outcomes import (
    CheckInAnswer,
    CheckInConsent,
    CheckInResponse,
    ItemKind,
    ModuleCheckInAnswer,
    ModuleCheckInResponse,
    Occasion,
    ResponseStatus,
)
from workshops.models.pages import WorkshopIndexPage, WorkshopPage, WorkshopRequiredModule
from workshops.models.practice import PracticeAnswer, PracticeChoice
from workshops.models.reminders import SessionReminder

__all__ = [
    "ACTIVE_ENROLLMENT_STATUSES",
    "SEAT_HOLDING_STATUSES",
    "AttendanceApology",
    "AttendanceRecord",
    "AttendanceStatus",
    "CalendarFeed",
    "Certificate",
    "CertificatePreference",
    "CertificateStatus",
    "CheckInAnswer",
    "CheckInConsent",
    "CheckInResponse",
    "Cohort",
    "CohortCertificateOptions",
    "CohortSession",
    "CohortStatus",
    "Enrollment",
    "EnrollmentStatus",
    "HandoutPack",
    "ItemKind",
    "ModuleCheckInAnswer",
    "ModuleCheckInResponse",
    "Occasion",
    "Relationship",
    "ResponseStatus",
    "PracticeAnswer",
    "PracticeChoice",
    "RenderState",
    "SessionArrival",
    "SessionReminder",
    "SessionStatus",
    "Weekday",
    "WorkshopIndexPage",
    "WorkshopPage",
    "WorkshopRequiredModule",
]
