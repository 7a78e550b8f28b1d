"""Permissions are read in one query (user's own and their groups'), with Django's meaning."""

import pytest
from django.contrib.auth.models import Group, Permission

from cms.roles import group_names
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_own_and_group_permissions_in_one_query(django_assert_num_queries):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="view_topic"))
    group = Group.objects.create(name="Readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    Group.objects.create(name="Without permissions").user_set.add(user)
    fresh = type(user).objects.get(pk=user.pk)
    with django_assert_num_queries(1):  # and the group names, which the staff roles ask for next
        assert fresh.has_perm("learning.view_topic") and fresh.has_perm("wagtailadmin.access_admin")
        assert not fresh.has_perm("learning.add_topic")
        assert group_names(fresh) == {"Readers", "Without permissions"}
    assert fresh.get_all_permissions() == {"learning.view_topic", "wagtailadmin.access_admin"}


def test_inactive_users_have_no_permissions_and_superusers_all():
    inactive = UserFactory(is_active=False)
    inactive.user_permissions.add(Permission.objects.get(codename="view_topic"))
    assert not inactive.has_perm("learning.view_topic")
    superuser = UserFactory(is_superuser=True)
    superuser.groups.add(Group.objects.create(name="Admins"))
    superuser = type(superuser).objects.get(pk=superuser.pk)
    assert superuser.has_perm("learning.add_topic")
    assert group_names(superuser) == {"Admins"}


def test_the_signed_in_user_comes_with_their_admin_profile_in_one_query(django_assert_num_queries):
    from wagtail.users.models import UserProfile

    from cms.auth_backends import OneQueryModelBackend

    staff, member = UserFactory(), UserFactory()
    UserProfile.objects.create(user=staff, theme="dark")
    backend = OneQueryModelBackend()
    with django_assert_num_queries(1):
        assert backend.get_user(staff.pk).wagtail_userprofile.theme == "dark"
    with django_assert_num_queries(1):  # no profile: known from the same query, none asked for
        assert not hasattr(backend.get_user(member.pk), "wagtail_userprofile")
    assert backend.get_user(10**9) is None
    member.is_active = False
    member.save()
    assert backend.get_user(member.pk) is None
