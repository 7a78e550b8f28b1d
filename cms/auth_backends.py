"""Django's model permissions, read with one query per request instead of three, and the signed-in
user read together with their Wagtail admin profile.

Every admin request checks a permission (Wagtail's access_admin) before anything else; Django
reads the user's own permissions and their groups' permissions separately, and the staff roles
(cms/roles.py) then read the user's group names. One query (a UNION) gives all three, with
Django's meaning: a superuser has every permission, an inactive user none.

Every admin request also reads the user's admin profile (language, time zone, theme): joined
to the user's own query, it costs nothing more; someone without one (a family member) gets no
profile and no query, as before.

Signing in is allauth's (by email, with its timing-attack care): this is allauth's backend with
those two reads changed, and the only backend, so no second backend reads the permissions again.
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth.backends import UserModel
from django.contrib.auth.models import Group, Permission
from django.db.models import Q, Value

from cms.roles import remember_group_names

_PERMISSION, _GROUP = "p", "g"


class OneQueryModelBackend(AuthenticationBackend):
    def get_user(self, user_id):
        try:
            user = UserModel._default_manager.select_related("wagtail_userprofile").get(pk=user_id)
        except UserModel.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_kinship_permissions"):
            perms = Permission.objects.all()
            if not user_obj.is_superuser:
                perms = perms.filter(Q(user=user_obj) | Q(group__user=user_obj))
            perms = perms.annotate(kind=Value(_PERMISSION)).values_list("kind", "content_type__app_label", "codename")
            groups = (
                Group.objects.filter(user=user_obj)
                .annotate(kind=Value(_GROUP), nothing=Value(""))
                .values_list("kind", "name", "nothing")
            )
            rows = list(perms.order_by().union(groups.order_by()))
            user_obj._kinship_permissions = {f"{first}.{second}" for kind, first, second in rows if kind == _PERMISSION}
            remember_group_names(user_obj, (first for kind, first, _second in rows if kind == _GROUP))
        return user_obj._kinship_permissions
