"""The member dashboard at /me/ is assembled from panels that each app registers.

cms never imports learning or workshops; they call `register_panel` from their AppConfig.ready(),
so the dependency arrow keeps pointing at cms.

A stored copy of /me/ is used while nothing on it has changed (cms/views.py, cms/private_cache.py).
Each panel says what it shows as aggregates over the member's own rows (`fingerprint`: counts,
latest times, versions); all panels' aggregates are read in one query, and any change to those
rows, however it was written, changes them. A panel that changes with the clock (a session
starts) says when (`changes_at`).
"""

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, Expression, Max, OuterRef, QuerySet, Subquery
from django.http import HttpRequest


@dataclass(frozen=True)
class DashboardPanel:
    name: str
    template: str
    order: int
    # Returns the panel's context, or None to hide the panel. Keep its queries constant.
    get_context: Callable[[HttpRequest], dict | None]
    # Aggregates (annotations on the member's own user row) that change whenever the panel would.
    fingerprint: Callable[[], dict[str, Expression]] | None = None
    # After rendering: when the panel next looks different with the same rows (None: never).
    changes_at: Callable[[HttpRequest], datetime | None] | None = None


_panels: dict[str, DashboardPanel] = {}


def register_panel(
    *,
    name: str,
    template: str,
    order: int,
    get_context: Callable[[HttpRequest], dict | None],
    fingerprint: Callable[[], dict[str, Expression]] | None = None,
    changes_at: Callable[[HttpRequest], datetime | None] | None = None,
) -> None:
    _panels[name] = DashboardPanel(
        name=name,
        template=template,
        order=order,
        get_context=get_context,
        fingerprint=fingerprint,
        changes_at=changes_at,
    )


def _ordered() -> list[DashboardPanel]:
    return sorted(_panels.values(), key=lambda p: p.order)


def panels_for(request: HttpRequest) -> list[tuple[DashboardPanel, dict]]:
    rendered = []
    for panel in _ordered():
        context = panel.get_context(request)
        if context is not None:
            rendered.append((panel, context))
    return rendered


def member_aggregate(queryset: QuerySet, member_field: str, aggregate) -> Subquery:
    """`aggregate` over the rows of `queryset` whose `member_field` is the member: for a fingerprint."""
    rows = queryset.filter(**{member_field: OuterRef("pk")}).order_by().values(member_field)
    return Subquery(rows.annotate(value=aggregate).values("value")[:1])


# A pk no user has, to find where the member's pk goes in the compiled SQL.
_SENTINEL_PK = -7_349_251


def _fingerprint_annotations() -> dict:
    User = get_user_model()
    # The member's groups too: the site's frame shows staff links by role (cms/private_cache.py).
    annotations = {
        "fp_groups": member_aggregate(User.groups.through.objects.all(), "user", Count("group_id")),
        "fp_last_group": member_aggregate(User.groups.through.objects.all(), "user", Max("group_id")),
    }
    for panel in _ordered():
        if panel.fingerprint is not None:
            annotations.update({f"fp_{panel.name}_{key}": value for key, value in panel.fingerprint().items()})
    return annotations


@functools.cache
def _fingerprint_sql(vendor: str) -> tuple[str, tuple, int] | None:
    """The fingerprint query compiled once per process: building a dozen subqueries with the ORM
    cost more than running them."""
    annotations = _fingerprint_annotations()
    queryset = get_user_model().objects.filter(pk=_SENTINEL_PK).annotate(**annotations).values_list(*annotations)
    sql, params = queryset.query.sql_with_params()
    if list(params).count(_SENTINEL_PK) != 1:
        return None
    return sql, tuple(params), list(params).index(_SENTINEL_PK)


def dashboard_fingerprint(user) -> list:
    """Every panel's fingerprint of this member's rows (and their groups), in one query."""
    compiled = _fingerprint_sql(connection.vendor)
    if compiled is None:  # not expected; the same query built afresh
        annotations = _fingerprint_annotations()
        row = get_user_model().objects.filter(pk=user.pk).annotate(**annotations).values_list(*annotations).first()
    else:
        sql, params, index = compiled
        params = list(params)
        params[index] = user.pk
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            row = cursor.fetchone()
    return [str(value) for value in row or ()]


def dashboard_changes_at(request: HttpRequest) -> datetime | None:
    moments = [panel.changes_at(request) for panel in _ordered() if panel.changes_at is not None]
    return min((moment for moment in moments if moment is not None), default=None)
