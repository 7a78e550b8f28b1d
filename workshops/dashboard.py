from django.http import HttpRequest

from workshops.selectors import MemberWorkshops, member_workshops


def member_workshops_for(request: HttpRequest) -> MemberWorkshops:
    """Read once per request: the groups, attendance and certificates panels share the reads."""
    data = getattr(request, "_member_workshops", None)
    if data is None or data[0] != request.user.pk:
        data = request._member_workshops = (request.user.pk, member_workshops(user=request.user))
    return data[1]


def workshops_panel_context(request: HttpRequest) -> dict:
    return member_workshops_for(request).summary


def workshops_fingerprint() -> dict:
    """What the groups and attendance panels show changes these (cms/dashboard.py): the member's
    sign-ups, their groups' pages versions (sessions, marks, names: attendance/page_versions.py),
    their calendar link and certificate choices."""
    from django.db.models import Count, Max, Sum

    from cms.fingerprints import member_aggregate
    from workshops.models import CalendarFeed, CertificatePreference, Enrollment

    enrollments = Enrollment.objects.all()
    return {
        "enrollments": member_aggregate(enrollments, "member", Count("pk")),
        "last_status": member_aggregate(enrollments, "member", Max("status_changed_at")),
        "cohort_versions": member_aggregate(enrollments, "member", Sum("cohort__pages_version")),
        "cohort_saved": member_aggregate(enrollments, "member", Max("cohort__updated_at")),
        "feed": member_aggregate(CalendarFeed.objects.all(), "member", Max("pk")),
        "preference": member_aggregate(CertificatePreference.objects.all(), "member", Max("updated_at")),
    }


def workshops_change_at(request: HttpRequest):
    return member_workshops_for(request).changes_at
