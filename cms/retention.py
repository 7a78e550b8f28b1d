"""Retention: what `manage.py purge_expired_data` removes, and the warnings it sends first.

An account nobody has signed in to for ACCOUNT_INACTIVITY_DAYS is deleted, but only after a
first warning 30 days before and a final one 7 days before; signing in again resets the clock.
Sign-ups never verified within a fortnight, and expired sessions, go too. Staff are never purged.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.mail import send_mail
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.utils import timezone, translation

from cms.email import default_from_email
from cms.models import RetentionNotice
from cms.roles import STAFF_ROLES
from cms.services import account_erase

FIRST_WARNING_DAYS_BEFORE = 30
FINAL_WARNING_DAYS_BEFORE = 7
UNVERIFIED_DAYS = 14


@dataclass
class PurgeReport:
    first_warnings: int = 0
    final_warnings: int = 0
    accounts_erased: int = 0
    unverified_erased: int = 0
    sessions_removed: int = 0


def _members():
    User = get_user_model()
    return (
        User.objects.filter(is_superuser=False, is_staff=False)
        .exclude(groups__name__in=STAFF_ROLES)
        .annotate(last_seen=Coalesce("last_login", "date_joined"))
    )


def _send_warning(user, *, kind: str, delete_on) -> None:
    context = {"user": user, "delete_on": delete_on, "site_url": settings.SITE_URL, "final": kind == "final"}
    # In the person's language, dates in its style (cms/dates.py).
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        send_mail(
            subject=render_to_string("cms/emails/inactive_account_subject.txt", context).strip(),
            message=render_to_string("cms/emails/inactive_account.txt", context),
            from_email=default_from_email(),
            recipient_list=[user.email],
        )
    RetentionNotice.objects.create(user=user, kind=kind)


def purge_expired_data(*, now=None) -> PurgeReport:
    """Idempotent: running it again the same day sends nothing twice and deletes nothing new."""
    now = now or timezone.now()
    report = PurgeReport()
    limit = timedelta(days=settings.ACCOUNT_INACTIVITY_DAYS)

    # A sign-in after a warning makes the warning stale.
    RetentionNotice.objects.filter(user__last_login__gt=F("sent_at")).delete()
    first_sent = RetentionNotice.objects.filter(user=OuterRef("pk"), kind=RetentionNotice.Kind.FIRST)
    final_sent = RetentionNotice.objects.filter(user=OuterRef("pk"), kind=RetentionNotice.Kind.FINAL)
    grace = timedelta(days=FINAL_WARNING_DAYS_BEFORE)

    for user in (
        _members().filter(last_seen__lt=now - limit).filter(Exists(final_sent.filter(sent_at__lte=now - grace)))
    ):
        account_erase(user=user)
        report.accounts_erased += 1

    for user in (
        _members()
        .filter(last_seen__lt=now - limit + grace)
        .filter(Exists(first_sent.filter(sent_at__lte=now - grace)), ~Exists(final_sent))
    ):
        _send_warning(user, kind=RetentionNotice.Kind.FINAL, delete_on=(user.last_seen + limit).date())
        report.final_warnings += 1

    first_window = now - limit + timedelta(days=FIRST_WARNING_DAYS_BEFORE)
    for user in _members().filter(last_seen__lt=first_window).filter(~Exists(first_sent)):
        _send_warning(user, kind=RetentionNotice.Kind.FIRST, delete_on=(user.last_seen + limit).date())
        report.first_warnings += 1

    unverified = _members().filter(date_joined__lt=now - timedelta(days=UNVERIFIED_DAYS), last_login__isnull=True)
    for user in unverified.filter(~Q(emailaddress__verified=True)):
        account_erase(user=user)
        report.unverified_erased += 1

    report.sessions_removed, _ = Session.objects.filter(expire_date__lt=now).delete()
    return report
