"""Clinical review with no bypass: a page under a workflow goes live only through it.

Wagtail lets anyone with publish permission (and every superuser) publish a page directly,
even one under a workflow. For lessons and workshop curricula that would skip the promise
that another clinician approved what families read, so for pages under a workflow nobody
may publish directly: not in the editor's menu, not by bulk action, by copying or by
scheduling, nor through `revision.publish(user=...)`. The workflow's own approval publishes
(cms/workflows.py), as the approver. Taking a page down (unpublish) stays possible for
anyone allowed to publish, for emergencies.
"""

from functools import cached_property

from wagtail.models import PagePermissionTester


class ReviewedPagePermissionTester(PagePermissionTester):
    @cached_property
    def goes_live_through_review(self) -> bool:
        # A workflow set on a page applies to every page below it, and to new children.
        return self.page.get_workflow() is not None

    def may_publish_directly(self) -> bool:
        """What Wagtail would allow without review (publish permission or superuser)."""
        return super().can_publish()

    def can_publish(self) -> bool:
        return not self.goes_live_through_review and super().can_publish()

    def can_publish_subpage(self) -> bool:
        return not self.goes_live_through_review and super().can_publish_subpage()

    # Restricting who can see a page and cancelling a scheduled go-live hide content: they
    # keep Wagtail's usual rule (Wagtail ties them to can_publish).
    def can_set_view_restrictions(self) -> bool:
        return self.may_publish_directly()

    def can_unschedule(self) -> bool:
        return self.may_publish_directly()


def permissions_for_user(page, user) -> ReviewedPagePermissionTester:
    """Set as `permissions_for_user` on every page type clinicians review."""
    return ReviewedPagePermissionTester(user, page)
