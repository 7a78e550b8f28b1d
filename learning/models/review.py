"""Clinical review: a lesson goes live only after another clinician approves it."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState


class ClinicalReviewTask(AbstractGroupApprovalTask):
    """Like Wagtail's group approval, but nobody may approve what they submitted or last edited."""

    @staticmethod
    def _is_requester(obj, user) -> bool:
        """The person who submitted it, or who wrote its newest revision (an edit made during
        review would otherwise be approved by its own author)."""
        workflow_state = getattr(obj, "current_workflow_state", None)
        if workflow_state and workflow_state.requested_by_id == user.pk:
            return True
        latest = obj.get_latest_revision() if hasattr(obj, "get_latest_revision") else None
        return bool(latest and latest.user_id == user.pk)

    def get_actions(self, obj, user):
        if self._is_requester(obj, user):
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return (
            super()
            .get_task_states_user_can_moderate(user, **kwargs)
            .exclude(workflow_state__requested_by=user)
            .exclude(revision__user=user)
        )

    def on_action(self, task_state: TaskState, user, action_name, **kwargs):
        if action_name == "approve" and self._is_requester(task_state.workflow_state.content_object, user):
            raise PermissionDenied(_("Another clinician must approve this."))
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Another member of the chosen groups must approve: never the author or the last editor.")

    class Meta:
        verbose_name = _("clinical review task")
        verbose_name_plural = _("clinical review tasks")
