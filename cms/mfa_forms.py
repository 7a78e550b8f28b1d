"""allauth's code forms (sign-in and re-authentication), with each TOTP code usable once.

allauth remembers a used code in the cache for one 30-second period, and in each process's own
memory unless the cache is shared. With MFA_TOTP_TOLERANCE=1 a code stays valid about 90 seconds,
so a code seen over a shoulder or phished could be used again, from another browser, for a
minute. Here the authenticator itself (in the database, shared by every process) keeps the time
step of the last code it accepted, and only a later step is accepted (RFC 6238, section 5.2).
"""

from allauth.core import context
from allauth.mfa import signals
from allauth.mfa.adapter import get_adapter
from allauth.mfa.base.forms import AuthenticateForm, ReauthenticateForm
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import decrypt
from django.db import transaction

from cms.totp import step_of

LAST_STEP = "kinship_last_step"  # kept in Authenticator.data, next to allauth's own keys


def claim_totp_code(*, authenticator: Authenticator, code: str) -> bool:
    """True once per time step: the row lock makes two processes with the same code take turns."""
    step = step_of(secret=decrypt(authenticator.data["secret"]), code=code)
    if step is None:
        return False
    with transaction.atomic():
        locked = Authenticator.objects.select_for_update().get(pk=authenticator.pk)
        if step <= locked.data.get(LAST_STEP, -1):
            return False
        locked.data[LAST_STEP] = step
        locked.save(update_fields=["data"])
    authenticator.data = locked.data
    return True


class SingleUseCodeMixin:
    def clean_code(self) -> str:
        code = super().clean_code()
        if self.authenticator.type == Authenticator.Type.TOTP and not claim_totp_code(
            authenticator=self.authenticator, code=code
        ):
            signals.authentication_failed.send(
                sender=Authenticator,
                request=context.request,
                user=self.user,
                authenticator=self.authenticator,
                reauthentication=isinstance(self, ReauthenticateForm),
            )
            raise get_adapter().validation_error("incorrect_code")
        return code


class SingleUseAuthenticateForm(SingleUseCodeMixin, AuthenticateForm):
    pass


class SingleUseReauthenticateForm(SingleUseCodeMixin, ReauthenticateForm):
    pass
