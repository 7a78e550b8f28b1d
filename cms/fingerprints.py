"""Fingerprints of a member's own rows, for pages kept per person (cms/private_cache.py).

A fingerprint is a handful of aggregates over the member's rows (counts, latest times,
versions) read in one query: any change to those rows, however it was written (a save, a bulk
insert, an update() from a task), changes it, with no signal to forget. The query is compiled
once per process: building a dozen subqueries with the ORM costs more than running them.
"""

import functools
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, Expression, Max, OuterRef, QuerySet, Subquery

# A pk no user has, to find where the member's pk goes in the compiled SQL.
_SENTINEL_PK = -7_349_251


def member_aggregate(queryset: QuerySet, member_field: str, aggregate) -> Subquery:
    """`aggregate` over the rows of `queryset` whose `member_field` is the member."""
    rows = queryset.filter(**{member_field: OuterRef("pk")}).order_by().values(member_field)
    return Subquery(rows.annotate(value=aggregate).values("value")[:1])


def group_aggregates() -> dict[str, Expression]:
    """The member's groups: the site's frame shows staff links by role."""
    memberships = get_user_model().groups.through.objects.all()
    return {
        "groups": member_aggregate(memberships, "user", Count("group_id")),
        "last_group": member_aggregate(memberships, "user", Max("group_id")),
    }


class MemberFingerprint:
    def __init__(self, annotations: Callable[[], dict[str, Expression]]):
        self._annotations = annotations
        self._compiled = functools.cache(self._compile)

    def _named(self) -> dict[str, Expression]:
        return {f"fp_{name}": value for name, value in self._annotations().items()}

    def _compile(self, vendor: str) -> tuple[str, tuple, int] | None:
        named = self._named()
        queryset = get_user_model().objects.filter(pk=_SENTINEL_PK).annotate(**named).values_list(*named)
        sql, params = queryset.query.sql_with_params()
        if list(params).count(_SENTINEL_PK) != 1:
            return None
        return sql, tuple(params), list(params).index(_SENTINEL_PK)

    def read(self, user) -> list[str]:
        compiled = self._compiled(connection.vendor)
        if compiled is None:  # not expected; the same query built afresh
            named = self._named()
            row = get_user_model().objects.filter(pk=user.pk).annotate(**named).values_list(*named).first()
        else:
            sql, params, index = compiled
            params = list(params)
            params[index] = user.pk
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                row = cursor.fetchone()
        return [str(value) for value in row or ()]
