"""Wires the outcome report into the Wagtail admin. Imported by workshops/wagtail_hooks.py."""

from django.urls import include, path
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from workshops.outcomes import admin_views

urlpatterns = [path("", admin_views.OutcomeReportView.as_view(), name="report")]


@hooks.register("register_admin_urls")
def register_outcome_urls():
    return [path("outcomes/", include((urlpatterns, admin_views.URL_NAMESPACE), namespace=admin_views.URL_NAMESPACE))]


class OutcomesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_see_outcomes(request.user)


@hooks.register("register_admin_menu_item")
def register_outcomes_menu_item():
    return OutcomesMenuItem(gettext_lazy("Outcomes"), admin_views.outcomes_url(), icon_name="clipboard-list", order=240)
