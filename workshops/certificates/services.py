"""Writes for certificates: issue (for a cohort or one member), render, revoke, reissue, and the
member's own choices.

Idempotent by construction: issuing locks the cohort row, skips enrollments that already have
a valid certificate, and the database's partial unique constraint refuses a second valid one
even if two workers race past every check. Rendering runs in a django-tasks task after commit,
so a staff request returns at once; a rendered PDF is never rendered again.
"""

import logging
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Min
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import Site

from cms.dates import local_date
from cms.models import SiteSettings
from cms.names import normalise_name
from cms.task_queue import enqueue_with_transaction
from workshops.attendance.selectors import completion_status
from workshops.certificates import codes, pdf, tasks
from workshops.certificates.selectors import name_to_print
from workshops.models import Cohort, CohortStatus, Enrollment, EnrollmentStatus
from workshops.models.certificates import (
    HOLDER_NAME_MAX,
    Certificate,
    CertificatePreference,
    CertificateStatus,
    CohortCertificateOptions,
    RenderState,
)
from workshops.models.cohorts import held_sessions
from workshops.selectors import cohort_finish_refusal

logger = logging.getLogger(__name__)
CODE_ATTEMPTS = 5
ERROR_MAX = 2000


class CertificateError(Exception):
    """A request the rules refuse. `message` is written for the person who made it."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# --- helpers --------------------------------------------------------------------------------


def _locked_cohort(cohort_id) -> Cohort:
    try:
        return Cohort.objects.select_for_update().select_related("workshop").get(pk=int(cohort_id))
    except (Cohort.DoesNotExist, TypeError, ValueError) as error:
        raise CertificateError(_("We could not find that group.")) from error


@dataclass(frozen=True)
class CohortFacts:
    """What every certificate of a cohort prints about the cohort, read once per issue."""

    certificate_title: str
    started_on: date | None
    completed_on: date
    sessions_total: int
    issued_on: date  # today in the cohort's zone


def certificate_title_for(cohort: Cohort) -> str:
    """The workshop's title for certificates in the cohort's language: from the workshop's live
    translation in that language where there is one, else the workshop's own."""
    return cohort.workshop.in_language(cohort.language).certificate_title


def _cohort_facts(cohort: Cohort, *, now: datetime) -> CohortFacts:
    """The sessions held by now (started, not cancelled): the same ones eligibility and the
    cohort report count. So no date printed is later than the day of issue."""
    held = cohort.sessions.filter(held_sessions(now)).aggregate(
        first=Min("starts_at"), last=Max("starts_at"), total=Count("pk")
    )
    zone = ZoneInfo(cohort.time_zone)
    first, last = held["first"], held["last"]
    return CohortFacts(
        certificate_title=certificate_title_for(cohort),
        started_on=first.astimezone(zone).date() if first else None,
        completed_on=(last or now).astimezone(zone).date(),
        sessions_total=held["total"],
        issued_on=now.astimezone(zone).date(),
    )


def _require_finished(cohort: Cohort, *, now: datetime) -> None:
    if cohort.status != CohortStatus.FINISHED:
        raise CertificateError(_("Certificates are issued once the group is marked finished."))
    refusal = cohort_finish_refusal(cohort=cohort, now=now)
    if refusal:
        raise CertificateError(refusal)


def _queue_renders(certificate_ids: list[int]) -> None:
    for pk in certificate_ids:
        enqueue_with_transaction(tasks.render_certificate_pdf, certificate_id=pk)


def _new_certificate(
    *, enrollment: Enrollment, facts: CohortFacts, attended: int, holder_name: str, by, now: datetime
) -> Certificate | None:
    """Insert one valid certificate, or None when the enrollment already has one (another worker won).

    Each insert has its own savepoint, so a refused row never spoils the surrounding transaction.
    A clash on the code itself (78 random bits: practically never) just draws a new code.
    """
    for _attempt in range(CODE_ATTEMPTS):
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    enrollment=enrollment,
                    code=codes.new_code(),
                    holder_name=holder_name[:HOLDER_NAME_MAX],
                    certificate_title=facts.certificate_title,
                    started_on=facts.started_on,
                    completed_on=facts.completed_on,
                    sessions_attended=min(attended, facts.sessions_total),
                    sessions_total=facts.sessions_total,
                    issued_at=now,
                    issued_on=facts.issued_on,
                    issued_by=by,
                )
        except IntegrityError:
            if Certificate.objects.filter(enrollment=enrollment, status=CertificateStatus.VALID).exists():
                return None
    raise CertificateError(_("We could not create a certificate code. Please try again."))


def _preferences_of(member_ids) -> dict[int, CertificatePreference]:
    return {p.member_id: p for p in CertificatePreference.objects.filter(member_id__in=list(member_ids))}


# --- issuing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IssueResult:
    issued: int  # new certificates, being rendered now
    retried: int  # failed renders started again
    already: int  # eligible members who already had one
    not_eligible: int


def cohort_certificates_issue(*, cohort_id: int, by, now: datetime | None = None) -> IssueResult:
    """Issue a certificate to every eligible member of a finished cohort who has none, and retry
    failed renders. Safe to run any number of times, also from two workers at once."""
    now = now or timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        _require_finished(cohort, now=now)
        statuses = completion_status(cohort=cohort, now=now)
        eligible = {pk for pk, status in statuses.items() if status.meets_rule}
        having = set(
            Certificate.objects.filter(enrollment__cohort=cohort, status=CertificateStatus.VALID).values_list(
                "enrollment_id", flat=True
            )
        )
        to_issue = list(
            Enrollment.objects.filter(pk__in=eligible - having, status=EnrollmentStatus.ENROLLED)
            .select_related("member")
            .order_by("pk")
        )
        facts = _cohort_facts(cohort, now=now)
        preferences = _preferences_of(e.member_id for e in to_issue)
        created = []
        for enrollment in to_issue:
            certificate = _new_certificate(
                enrollment=enrollment,
                facts=facts,
                attended=statuses[enrollment.pk].attended,
                holder_name=name_to_print(member=enrollment.member, preference=preferences.get(enrollment.member_id)),
                by=by,
                now=now,
            )
            if certificate is not None:
                created.append(certificate.pk)
        retried = list(
            Certificate.objects.filter(
                enrollment__cohort=cohort, status=CertificateStatus.VALID, render_state=RenderState.FAILED
            ).values_list("pk", flat=True)
        )
        if retried:
            Certificate.objects.filter(pk__in=retried).update(render_state=RenderState.PENDING, render_error="")
        if created or retried:
            log(
                instance=cohort,
                action="workshops.certificates_issued",
                user=by,
                data={"issued": len(created), "retried": len(retried)},
            )
        _queue_renders(created + retried)
    return IssueResult(
        issued=len(created),
        retried=len(retried),
        already=len(eligible & having),
        not_eligible=len(statuses) - len(eligible),
    )


def certificate_issue_one(*, cohort_id: int, enrollment_id, by, now: datetime | None = None) -> Certificate:
    """Issue one member's certificate (staff, from the cohort's Certificates page).

    Refused, with the rule's reason, for a member who does not meet the completion rule, and
    for one who already holds a valid certificate (a correction is a reissue).
    """
    now = now or timezone.now()
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        _require_finished(cohort, now=now)
        try:
            enrollment = (
                Enrollment.objects.select_related("member")
                .filter(cohort=cohort, status=EnrollmentStatus.ENROLLED)
                .get(pk=int(enrollment_id))
            )
        except (Enrollment.DoesNotExist, TypeError, ValueError) as error:
            raise CertificateError(_("That person is not enrolled in this group.")) from error
        status = completion_status(cohort=cohort, now=now).get(enrollment.pk)
        if status is None or not status.meets_rule:
            reason = status.reason if status else ""
            raise CertificateError(_("Not eligible yet: %(reason)s.") % {"reason": reason})
        certificate = _new_certificate(
            enrollment=enrollment,
            facts=_cohort_facts(cohort, now=now),
            attended=status.attended,
            holder_name=name_to_print(
                member=enrollment.member, preference=_preferences_of([enrollment.member_id]).get(enrollment.member_id)
            ),
            by=by,
            now=now,
        )
        if certificate is None:
            raise CertificateError(_("This member already has a valid certificate. Reissue it to correct it."))
        log(instance=cohort, action="workshops.certificate_issued", user=by, data={"certificate": certificate.pk})
        _queue_renders([certificate.pk])
    return certificate


def cohort_finished(*, cohort_id: int, by) -> IssueResult | None:
    """A cohort was just marked finished: issue its certificates, unless it holds them for review."""
    if CohortCertificateOptions.objects.filter(cohort_id=cohort_id, hold_for_review=True).exists():
        return None
    return cohort_certificates_issue(cohort_id=cohort_id, by=by)


def cohort_certificate_options_set(*, cohort_id: int, hold_for_review: bool, by) -> CohortCertificateOptions:
    with transaction.atomic():
        cohort = _locked_cohort(cohort_id)
        options, _created = CohortCertificateOptions.objects.update_or_create(
            cohort=cohort, defaults={"hold_for_review": bool(hold_for_review)}
        )
        log(
            instance=cohort,
            action="workshops.certificate_options_changed",
            user=by,
            data={"hold_for_review": options.hold_for_review},
        )
    return options


# --- rendering (called by the task) ------------------------------------------------------------------


def _program() -> tuple[str, str, str, str, str]:
    """(program name, logo URL, logo alt, signatory name, signatory title) from SiteSettings."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return "Kinship", "", "", "", ""
    program = SiteSettings.for_site(site)
    logo_url = logo_alt = ""
    if program.logo_id:
        rendition = program.logo.get_rendition("max-600x240|format-png")
        logo_url = settings.SITE_URL + settings.MEDIA_URL + rendition.file.name
        logo_alt = program.logo.title
    return (
        program.program_name,
        logo_url,
        logo_alt,
        program.certificate_signatory_name,
        program.certificate_signatory_title,
    )


def verification_url(code: str) -> str:
    return settings.SITE_URL + reverse("workshops:certificate_verify", args=[code])


def certificate_content(certificate: Certificate) -> pdf.CertificateContent:
    """What the PDF prints: the certificate's frozen fields, the program's current look."""
    program_name, logo_url, logo_alt, signatory_name, signatory_title = _program()
    return pdf.CertificateContent(
        holder_name=certificate.holder_name,
        certificate_title=certificate.certificate_title,
        program_name=program_name,
        started_on=local_date(certificate.started_on),
        completed_on=local_date(certificate.completed_on),
        sessions_attended=certificate.sessions_attended,
        sessions_total=certificate.sessions_total,
        signatory_name=signatory_name,
        signatory_title=signatory_title,
        code_display=codes.display(certificate.code),
        verify_url=verification_url(certificate.code),
        logo_url=logo_url,
        logo_alt=logo_alt,
    )


def pdf_file_name(certificate: Certificate) -> str:
    """A discreet download name: kinship-certificate-K7QX.pdf."""
    return f"kinship-certificate-{codes.short(certificate.code)}.pdf"


def certificate_render(*, certificate_id: int) -> str:
    """Render and store a certificate's PDF once. Returns 'ready', 'skipped' or raises.

    The slow part (WeasyPrint) runs outside any transaction; the result is stored only if the
    row still waits for it, so a retry or a second worker never replaces a stored PDF. A
    failure is written on the row (staff see it) and raised again for the task's own record.
    """
    certificate = Certificate.objects.select_related("enrollment__cohort").filter(pk=certificate_id).first()
    if certificate is None or certificate.render_state == RenderState.READY:
        return "skipped"
    try:
        # A certificate prints in the language the group met in, whoever downloads it.
        with translation.override(certificate.enrollment.cohort.language):
            data = pdf.render_certificate(certificate_content(certificate))
    except Exception as error:
        Certificate.objects.filter(pk=certificate_id, render_state=RenderState.PENDING).update(
            render_state=RenderState.FAILED, render_error=f"{type(error).__name__}: {error}"[:ERROR_MAX]
        )
        logger.exception("certificate %s failed to render", certificate_id)
        raise
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().filter(pk=certificate_id).first()
        if locked is None or locked.render_state == RenderState.READY:
            return "skipped"
        # A random folder keeps the stored file's address unguessable.
        name = f"{secrets.token_hex(12)}/{pdf_file_name(locked)}"
        locked.pdf.save(name, ContentFile(data), save=False)
        locked.pdf_sha256 = pdf.sha256(data)
        locked.render_state = RenderState.READY
        locked.render_error = ""
        locked.rendered_at = timezone.now()
        locked.save(update_fields=["pdf", "pdf_sha256", "render_state", "render_error", "rendered_at"])
        if locked.is_valid:
            enqueue_with_transaction(tasks.send_certificate_ready_email, certificate_id=certificate_id)
    return "ready"


# --- life cycle -----------------------------------------------------------------------------------------


def _locked_certificate(certificate_id) -> Certificate:
    try:
        return (
            Certificate.objects.select_for_update()
            .select_related("enrollment__cohort", "enrollment__member")
            .get(pk=int(certificate_id))
        )
    except (Certificate.DoesNotExist, TypeError, ValueError) as error:
        raise CertificateError(_("We could not find that certificate.")) from error


def certificate_revoke(*, certificate_id: int, reason: str, by, now: datetime | None = None) -> Certificate:
    """Revoke a valid certificate. The reason is kept for staff (and the audit log notes who and
    when); the public page says only 'revoked' and the date."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(_("Please give a reason. Only staff see it."))
    now = now or timezone.now()
    with transaction.atomic():
        certificate = _locked_certificate(certificate_id)
        if not certificate.is_valid:
            raise CertificateError(_("Only a valid certificate can be revoked."))
        certificate.status = CertificateStatus.REVOKED
        certificate.revoked_at = now
        certificate.revoked_by = by
        certificate.revoke_reason = reason[:ERROR_MAX]
        certificate.save(update_fields=["status", "revoked_at", "revoked_by", "revoke_reason"])
        log(
            instance=certificate.enrollment.cohort,
            action="workshops.certificate_revoked",
            user=by,
            data={"certificate": certificate.pk},
        )
    return certificate


def certificate_reissue(
    *, certificate_id: int, by, holder_name: str | None = None, now: datetime | None = None
) -> Certificate:
    """A new certificate, with a new code, in place of a valid or revoked one (to correct a name,
    or after a revocation was lifted). A valid old one becomes 'replaced'. The new one copies
    the old one's attendance and dates; title and name are read again (or the name given)."""
    now = now or timezone.now()
    with transaction.atomic():
        old = _locked_certificate(certificate_id)
        if old.status == CertificateStatus.REPLACED:
            raise CertificateError(_("This certificate was already replaced. Reissue the newest one."))
        cohort = Cohort.objects.select_for_update().select_related("workshop").get(pk=old.enrollment.cohort_id)
        name = normalize_name(holder_name) if holder_name is not None else ""
        if holder_name is not None and not name:
            raise CertificateError(_("Please type the name to print."))
        if not name:
            name = name_to_print(
                member=old.enrollment.member,
                preference=_preferences_of([old.enrollment.member_id]).get(old.enrollment.member_id),
            )
        if old.is_valid:
            old.status = CertificateStatus.REPLACED
            old.revoked_at = now
            old.save(update_fields=["status", "revoked_at"])
        today = now.astimezone(ZoneInfo(cohort.time_zone)).date()
        # A correction also corrects a date later than its day of issue (certificates issued
        # before that rule existed could carry one).
        completed_on = min(old.completed_on, today)
        facts = CohortFacts(
            certificate_title=certificate_title_for(cohort),
            started_on=min(old.started_on, completed_on) if old.started_on else None,
            completed_on=completed_on,
            sessions_total=old.sessions_total,
            issued_on=today,
        )
        new = _new_certificate(
            enrollment=old.enrollment, facts=facts, attended=old.sessions_attended, holder_name=name, by=by, now=now
        )
        if new is None:
            raise CertificateError(_("This member already has another valid certificate."))
        old.replaced_by = new
        old.save(update_fields=["replaced_by"])
        log(
            instance=cohort,
            action="workshops.certificate_reissued",
            user=by,
            data={"certificate": new.pk, "replaces": old.pk},
        )
        _queue_renders([new.pk])
    return new


# --- the member's choices -----------------------------------------------------------------------------


def normalize_name(name: str | None) -> str:
    """The site's one name rule (cms/names.py), cut to what a certificate prints."""
    return normalise_name(name, max_length=HOLDER_NAME_MAX)


def certificate_preference_update(*, member, printed_name: str, show_name_when_verified: bool) -> CertificatePreference:
    """Save the member's name for future certificates and whether verifiers may see it.

    Issued certificates keep the name they were issued with; staff reissue to change it.
    The visibility choice applies at once to every certificate, issued or not.
    """
    with transaction.atomic():
        preference, _created = CertificatePreference.objects.select_for_update().get_or_create(member=member)
        preference.printed_name = normalize_name(printed_name)
        preference.show_name_when_verified = bool(show_name_when_verified)
        preference.save(update_fields=["printed_name", "show_name_when_verified", "updated_at"])
    return preference
