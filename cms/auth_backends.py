"""Django's model permissions, read with one query per request instead of two, and the signed-in
user read together with their Wagtail admin profile.

Every admin request checks a permission (Wagtail's access_admin) before anything else; Django
reads the user's own permissions and their groups' permissions separately. One query with both
gives the same set. Every admin request also reads the user's admin profile (language, time
zone, theme): joined to the user's own query, it costs nothing more; someone without one (a
family member) gets no profile and no query, as before.
"""

from django.contrib.auth.backends import ModelBackend, UserModel
from django.contrib.auth.models import Permission
from django.db.models import Q


class OneQueryModelBackend(ModelBackend):
    def get_user(self, user_id):
        try:
            user = UserModel._default_manager.select_related("wagtail_userprofile").get(pk=user_id)
        except UserModel.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            perms = Permission.objects.all()
            if not user_obj.is_superuser:
                perms = perms.filter(Q(user=user_obj) | Q(group__user=user_obj))
            rows = perms.values_list("content_type__app_label", "codename").order_by().distinct()
            user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in rows}
        return user_obj._perm_cache
