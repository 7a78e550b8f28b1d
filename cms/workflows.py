"""What happens when a Wagtail workflow is approved."""


def publish_approved(workflow_state, user=None) -> None:
    """Publish the approved revision on behalf of the approver.

    Approving is the permission: the workflow's tasks already checked that `user` may
    approve (for clinical review, a clinician other than the author). Reviewers hold no
    direct publish permission, so that nobody can skip the review by publishing.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
