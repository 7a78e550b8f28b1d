"""Certificate screens in the Wagtail admin, for program staff (who may change cohorts).

A cohort's Certificates page shows who is eligible and why not, each member's certificate and
its rendering (issued / being prepared / failed with the error), and issues them; a
certificate's page revokes or reissues it. Refusals come back as messages, never errors.
"""

from http import HTTPStatus

from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views import generic

from workshops import admin_views as cohort_admin
from workshops.certificates import selectors, services
from workshops.certificates.forms import CohortOptionsForm, ReissueForm, RevokeForm
from workshops.models import Cohort, CohortStatus

URL_NAMESPACE = "certificates_admin"


def certificates_url(name: str, *args) -> str:
    return reverse(f"{URL_NAMESPACE}:{name}", args=args)


def _issue_message(result: services.IssueResult) -> str:
    parts = [
        ngettext(
            "%(count)s certificate is being prepared.", "%(count)s certificates are being prepared.", result.issued
        )
        % {"count": result.issued}
    ]
    if result.retried:
        parts.append(_("%(count)s failed ones are being tried again.") % {"count": result.retried})
    if result.already:
        parts.append(_("%(count)s members already had one.") % {"count": result.already})
    return " ".join(parts)


# --- the cohort viewset's own views, with certificates wired in ---------------------------------


class CohortEditView(cohort_admin.CohortEditView):
    """Marking a cohort finished issues its certificates (unless the cohort holds them for review)."""

    def save_instance(self):
        previous_status = Cohort.objects.filter(pk=self.object.pk).values_list("status", flat=True).get()
        instance = super().save_instance()
        if instance.status == CohortStatus.FINISHED and previous_status != CohortStatus.FINISHED:
            try:
                result = services.cohort_finished(cohort_id=instance.pk, by=self.request.user)
            except services.CertificateError as error:
                messages.error(self.request, error.message)
            else:
                if result is None:
                    messages.info(self.request, _("Certificates are held for your review on the Certificates page."))
                else:
                    messages.success(self.request, _issue_message(result))
        return instance


# --- certificates of one cohort ---------------------------------------------------------------------


class CohortCertificatesView(cohort_admin.CohortPageMixin, generic.WagtailAdminTemplateMixin, TemplateView):
    template_name = "workshops/certificates/admin/cohort.html"
    page_title = gettext_lazy("Certificates")
    current = "certificates"

    def back_here(self) -> HttpResponseRedirect:
        return HttpResponseRedirect(certificates_url("cohort", self.cohort.pk))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        overview = selectors.cohort_certificates(cohort=self.cohort)
        context.update(
            cohort=self.cohort,
            overview=overview,
            is_finished=self.cohort.status == CohortStatus.FINISHED,
            options_form=CohortOptionsForm(initial={"hold_for_review": overview.hold_for_review}),
        )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        try:
            if action == "issue_all":
                result = services.cohort_certificates_issue(cohort_id=self.cohort.pk, by=request.user)
                messages.success(request, _issue_message(result))
            elif action == "issue_one":
                services.certificate_issue_one(
                    cohort_id=self.cohort.pk, enrollment_id=request.POST.get("enrollment"), by=request.user
                )
                messages.success(request, _("The certificate is being prepared."))
            elif action == "options":
                form = CohortOptionsForm(request.POST)
                form.is_valid()  # a single optional checkbox: always valid
                services.cohort_certificate_options_set(
                    cohort_id=self.cohort.pk, hold_for_review=form.cleaned_data["hold_for_review"], by=request.user
                )
                messages.success(request, _("Saved."))
            else:
                messages.error(request, _("Please use the buttons on this page."))
        except services.CertificateError as error:
            messages.error(request, error.message)
        return self.back_here()


# --- one certificate ---------------------------------------------------------------------------------------


class CertificateView(cohort_admin.CohortPageMixin, generic.WagtailAdminTemplateMixin, TemplateView):
    """One certificate: its details, download, revoke with a reason, reissue with a corrected name."""

    template_name = "workshops/certificates/admin/certificate.html"
    page_title = gettext_lazy("Certificate")
    current = "certificates"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        certificate = selectors.certificate_for_staff(certificate_id=kwargs["certificate_pk"])
        if certificate is None or certificate.enrollment.cohort_id != self.cohort.pk:
            raise Http404
        self.certificate = certificate

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        items.insert(-1, {"url": certificates_url("cohort", self.cohort.pk), "label": _("Certificates")})
        return items

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(cohort=self.cohort, certificate=self.certificate)
        context.setdefault("revoke_form", RevokeForm())
        context.setdefault("reissue_form", ReissueForm(initial={"holder_name": self.certificate.holder_name}))
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "revoke":
            form = RevokeForm(request.POST)
            if form.is_valid():
                try:
                    services.certificate_revoke(
                        certificate_id=self.certificate.pk, reason=form.cleaned_data["reason"], by=request.user
                    )
                except services.CertificateError as error:
                    form.add_error(None, error.message)
                else:
                    messages.success(request, _("Certificate revoked. Its code now reads 'revoked'."))
                    return HttpResponseRedirect(certificates_url("certificate", self.cohort.pk, self.certificate.pk))
            return self.render_to_response(self.get_context_data(revoke_form=form), status=HTTPStatus.BAD_REQUEST)
        if action == "reissue":
            form = ReissueForm(request.POST)
            if form.is_valid():
                try:
                    new = services.certificate_reissue(
                        certificate_id=self.certificate.pk,
                        holder_name=form.cleaned_data["holder_name"],
                        by=request.user,
                    )
                except services.CertificateError as error:
                    form.add_error(None, error.message)
                else:
                    messages.success(
                        request, _("A new certificate is being prepared. The old code now reads 'replaced'.")
                    )
                    return HttpResponseRedirect(certificates_url("certificate", self.cohort.pk, new.pk))
            return self.render_to_response(self.get_context_data(reissue_form=form), status=HTTPStatus.BAD_REQUEST)
        messages.error(request, _("Please use the buttons on this page."))
        return HttpResponseRedirect(certificates_url("certificate", self.cohort.pk, self.certificate.pk))
