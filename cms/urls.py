"""The site's URLs. Public and member pages are under i18n_patterns: English at /learn/…,
Spanish at /es/learn/… (see cms/languages.py). The admin, files and machine endpoints are not."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView, TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import health, languages, leaving, media, verification, views

handler500 = "cms.health.server_error"

urlpatterns = [
    # Answered by cms.health.HealthCheckMiddleware before the host check; named for reverse().
    path("healthz/", health.healthz, name="healthz"),
    # One login for everyone: allauth's, with its rate limits (and MFA for staff).
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailadmin_login_redirect",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's front-end login (for private pages) would be a second, unthrottled login form.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailcore_login_redirect",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", languages.set_language, name="set_language"),
    # Outside the language prefixes: one address for every page's quick-exit button.
    path("leave/", leaving.quick_exit, name="quick_exit"),
]

urlpatterns += i18n_patterns(
    path("accounts/verification/resend/", verification.resend_verification, name="account_resend_verification"),
    path("accounts/", include("allauth.urls")),
    path("me/", views.dashboard, name="dashboard"),
    path("me/consent/", views.consent, name="consent"),
    path("me/export/", views.member_export, name="member_export"),
    path("me/delete/", views.member_delete, name="member_delete"),
    path("privacy/", TemplateView.as_view(template_name="cms/privacy.html"), name="privacy"),
    path("terms/", TemplateView.as_view(template_name="cms/terms.html"), name="terms"),
    path("contact/", TemplateView.as_view(template_name="cms/contact.html"), name="contact"),
    path("browse-safely/", TemplateView.as_view(template_name="cms/browse_safely.html"), name="browse_safely"),
    path("me/", include("learning.urls")),
    path("", include("workshops.urls")),
    prefix_default_language=False,
)

if settings.BENCH_FLOOR:
    urlpatterns += [
        path("bench/floor/", views.bench_floor, name="bench_floor"),
        path("bench/wagtail-route/<path:path>", views.bench_wagtail_route, name="bench_wagtail_route"),
    ]

if settings.MEDIA_SERVED_BY_KINSHIP:
    # Public images from this machine's disk, with any DEBUG (cms/media.py says what is not served).
    urlpatterns.append(path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media.public_media, name="public_media"))

urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)
