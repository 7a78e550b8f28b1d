"""Every signal receiver of the learning app, connected once from LearningConfig.ready()."""

from django.contrib.auth.signals import user_logged_in

from learning.services import claim_anonymous_progress


def claim_progress_on_login(sender, request, user, **kwargs) -> None:
    """What someone read before signing up or in stays theirs (wiring only; the rule is in services)."""
    if request is not None and hasattr(request, "session"):
        claim_anonymous_progress(user=user, session=request.session)


def connect() -> None:
    user_logged_in.connect(claim_progress_on_login, dispatch_uid="learning.claim_progress_on_login")
