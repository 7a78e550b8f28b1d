"""Staff attendance pages (a session's sheet, a cohort's matrix and its CSV/XLSX) served from the
cache while nothing on them has changed (cms/private_cache.py).

Why: they are read far more often than they change (several staff, reloads during a session), a
200-member sheet is a lot of work, and the Wagtail admin around it costs more than the data.

A stored copy is used while the cohort's pages_version and updated_at are the same
(page_versions.py: moved in the same transaction as every change the pages show, and read from
the database, so every process agrees at once), for the same staff member and address (see
cms/private_cache.py), and until check-in opens or closes or a session starts.
"""

from collections.abc import Callable
from datetime import datetime

from django.http import HttpResponse

from cms.private_cache import serve_cached as _serve_cached
from workshops.models import Cohort


def serve_cached(
    request,
    *,
    cohort: Cohort,
    render: Callable[[], HttpResponse],
    changes_by_itself_at: Callable[[], datetime | None],
) -> HttpResponse:
    return _serve_cached(
        request,
        key_parts=["attendance", cohort.pk, cohort.pages_version, cohort.updated_at.isoformat()],
        render=render,
        changes_by_itself_at=changes_by_itself_at,
    )
