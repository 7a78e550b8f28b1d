"""cms's own entries in the privacy register (the account, its email addresses, sign-in factors,
consents), and the Django, Wagtail and allauth models that link to users without holding a
family member's personal data."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model

from cms.models import Consent, RetentionNotice
from cms.privacy import PersonalData, exempt, register

ACCOUNT_RETENTION = "While the account is in use; deleted on request or after the inactivity period."


def register_cms_personal_data() -> None:
    register(
        PersonalData(
            model=get_user_model(),
            user_path="pk",
            fields=("email", "display_name", "time_zone", "preferred_language", "date_joined", "last_login"),
            purpose="Sign in, and show the name the member chose to group facilitators.",
            retention=ACCOUNT_RETENTION,
        )
    )
    register(
        PersonalData(
            model=EmailAddress,
            user_path="user",
            fields=("email", "verified", "primary"),
            purpose="Verify the address and send the member's own notices.",
            retention=ACCOUNT_RETENTION,
        )
    )
    register(
        PersonalData(
            model=Authenticator,
            user_path="user",
            fields=("type", "created_at", "last_used_at"),
            purpose="Two-step sign-in. Secrets are never exported.",
            retention=ACCOUNT_RETENTION,
        )
    )
    register(
        PersonalData(
            model=RetentionNotice,
            user_path="user",
            fields=("kind", "sent_at"),
            purpose="Remember which warnings went out before an inactive account is deleted.",
            retention=ACCOUNT_RETENTION,
        )
    )
    register(
        PersonalData(
            model=Consent,
            user_path="user",
            fields=("document", "version", "accepted_at"),
            purpose="Record that the member accepted the privacy notice and terms.",
            retention=ACCOUNT_RETENTION,
        )
    )
    staff_side = "Staff-side admin record; families never use the admin."
    for label in (
        "wagtailusers.UserProfile",
        "wagtailcore.Revision",
        "wagtailcore.PageLogEntry",
        "wagtailcore.ModelLogEntry",
        "wagtailcore.WorkflowState",
        "wagtailcore.TaskState",
        "wagtailcore.Comment",
        "wagtailcore.CommentReply",
        "wagtailcore.PageSubscription",
        "wagtailcore.UploadedFile",
        "wagtailcore.Page",
        "wagtailcore.APIToken",
        "wagtailimages.Image",
        "wagtaildocs.Document",
        "wagtailadmin.EditingSession",
        "wagtailadmin.FormState",
        "admin.LogEntry",
    ):
        exempt(label, staff_side)
    exempt("account.EmailConfirmation", "Legacy allauth table, unused with HMAC confirmations.")


register_cms_personal_data()
