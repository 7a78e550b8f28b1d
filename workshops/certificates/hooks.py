"""Wires certificates into the Wagtail admin: their URLs and audit-log labels. Imported by
workshops/wagtail_hooks.py, which also puts the certificate-aware cohort views in the viewset."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from workshops.certificates import admin_views

urlpatterns = [
    path("cohort/<int:pk>/", admin_views.CohortCertificatesView.as_view(), name="cohort"),
    path("cohort/<int:pk>/<int:certificate_pk>/", admin_views.CertificateView.as_view(), name="certificate"),
]


@hooks.register("register_admin_urls")
def register_certificate_urls():
    namespace = admin_views.URL_NAMESPACE
    return [path("certificates/", include((urlpatterns, namespace), namespace=namespace))]


@hooks.register("register_log_actions")
def register_certificate_log_actions(actions):
    actions.register_action("workshops.certificates_issued", _("Issue certificates"), _("Certificates issued"))
    actions.register_action("workshops.certificate_issued", _("Issue certificate"), _("Certificate issued"))
    actions.register_action("workshops.certificate_revoked", _("Revoke certificate"), _("Certificate revoked"))
    actions.register_action("workshops.certificate_reissued", _("Reissue certificate"), _("Certificate reissued"))
    actions.register_action(
        "workshops.certificate_options_changed", _("Change certificate options"), _("Certificate options changed")
    )
