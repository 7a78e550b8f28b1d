"""Check-ins go live only through clinical review, superusers included, as curricula do
(cms/page_review.py for pages). Nobody holds "publish" on them; approving the workflow publishes
the approved revision (cms/workflows.py skips the permission check for that one step)."""

from wagtail.permission_policies.base import ModelPermissionPolicy

REVIEWED_ACTIONS = frozenset({"publish"})


class ReviewedOnlyPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in REVIEWED_ACTIONS:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in REVIEWED_ACTIONS]
        if not allowed:
            return super().users_with_any_permission([]).none()
        return super().users_with_any_permission(allowed)
