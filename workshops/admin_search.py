"""The Wagtail admin's search for people who run groups: searching a group's, workshop's or
member's name lists the matching groups, instead of the page search they may not use.

Program staff search the cohort list (every group); facilitators who are not program staff
search their own groups on the attendance page. /admin/search/?q= (the admin home's search box)
opens the first search the person may use. Registered in workshops/wagtail_hooks.py.
"""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import require_admin_access
from wagtail.admin.search import SearchArea, admin_search_areas

from workshops.attendance.permissions import is_program_staff, sees_cohorts

SEARCH_ORDER = 150  # after Wagtail's page search (100), which editors keep as their first


class CohortSearchArea(SearchArea):
    """Program staff: the cohort list, filtered by group, workshop or member name."""

    def is_shown(self, request):
        return is_program_staff(request.user)


class OwnGroupsSearchArea(SearchArea):
    """Facilitators who are not program staff: their own groups, on the attendance page."""

    def is_shown(self, request):
        return not is_program_staff(request.user) and sees_cohorts(request)


def cohort_search_area() -> SearchArea:
    return CohortSearchArea(
        _("Cohorts"), reverse("cohorts:index"), name="cohorts", icon_name="group", order=SEARCH_ORDER
    )


def own_groups_search_area() -> SearchArea:
    return OwnGroupsSearchArea(
        _("Your groups"), reverse("attendance:index"), name="own-groups", icon_name="group", order=SEARCH_ORDER
    )


def search_url_for(request) -> str:
    """Where this person's search goes: the first search area they may use, or ''."""
    areas = admin_search_areas.search_items_for_request(request)
    return areas[0].url if areas else ""


@require_admin_access
def admin_search(request):
    """/admin/search/?q=…: the query, handed to the first search this person may use."""
    target = search_url_for(request)
    if not target:
        raise PermissionDenied
    query = request.GET.get("q", "")[:100]
    return redirect(f"{target}?{urlencode({'q': query})}" if query else target)
