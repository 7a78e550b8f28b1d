"""Roles: who may open the Wagtail admin and what each staff group may do there."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.roles import CLINICIANS, PROGRAM_STAFF
from learning.models import LibraryPage
from workshops.models import WorkshopIndexPage


@pytest.mark.django_db
def test_both_roles_exist_with_admin_access():
    for name in (CLINICIANS, PROGRAM_STAFF):
        group = Group.objects.get(name=name)
        assert group.permissions.filter(codename="access_admin").exists()


@pytest.mark.django_db
def test_wagtails_sample_groups_are_gone():
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()


@pytest.mark.django_db
def test_a_new_member_belongs_to_no_group_and_cannot_open_the_admin(member_client, member):
    assert member.groups.count() == 0
    response = member_client.get("/admin/")
    assert response.status_code in (HTTPStatus.FOUND, HTTPStatus.FORBIDDEN)
    assert response.status_code != HTTPStatus.OK


@pytest.mark.django_db
def test_anonymous_visitors_are_sent_to_the_one_allauth_login(client):
    response = client.get("/admin/")
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/accounts/login/")
    assert client.get("/admin/login/")["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
@pytest.mark.parametrize("role_fixture", ["clinician", "program_staff"])
def test_clinicians_and_program_staff_open_the_admin(client, request, role_fixture):
    client.force_login(request.getfixturevalue(role_fixture))
    assert client.get("/admin/").status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_clinicians_may_create_edit_and_publish_under_both_trees(clinician):
    """Under /learn/ publishing happens through the Clinical review workflow (tests/learning/test_clinical_review.py):
    another clinician's approval publishes, so clinicians hold no direct publish permission there."""
    policy = PagePermissionPolicy()
    # The same in every language: the Spanish sections are set up like the English ones.
    sections = [*LibraryPage.objects.all(), *WorkshopIndexPage.objects.all()]
    assert len(sections) == 4
    for section in sections:
        for action in ("add", "change"):
            assert policy.user_has_permission_for_instance(clinician, action, section), (section, action)
    for index in WorkshopIndexPage.objects.all():
        assert policy.user_has_permission_for_instance(clinician, "publish", index)
    for library in LibraryPage.objects.all():
        assert not policy.user_has_permission_for_instance(clinician, "publish", library)


@pytest.mark.django_db
def test_clinicians_cannot_edit_the_home_page(clinician):
    homes = Page.objects.filter(depth=2)
    assert homes.count() == 2  # English and Spanish
    for home in homes:
        assert not home.permissions_for_user(clinician).can_edit()


@pytest.mark.django_db
def test_program_staff_cannot_edit_pages(program_staff):
    for page in Page.objects.filter(depth__gte=2):
        permissions = page.permissions_for_user(program_staff)
        assert not permissions.can_edit()
        assert not permissions.can_add_subpage()


@pytest.mark.django_db
def test_clinicians_may_upload_images_and_documents(clinician):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    for model in (get_image_model(), get_document_model()):
        policy = policy_registry.get_by_type(model)
        assert policy.user_has_permission(clinician, "add")
        assert policy.user_has_permission(clinician, "choose")


@pytest.mark.django_db
def test_clinician_admin_page_editor_opens_for_the_library(client, clinician):
    client.force_login(clinician)
    library = LibraryPage.objects.get(locale__language_code="en")
    assert client.get(f"/admin/pages/{library.pk}/edit/").status_code == HTTPStatus.OK
