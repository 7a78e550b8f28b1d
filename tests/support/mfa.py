"""Staff sign-in with the second step, through allauth's own pages (as a browser would)."""

from http import HTTPStatus

from allauth.mfa.models import Authenticator

from tests.factories import DEFAULT_PASSWORD
from tests.support.totp import totp

SECRET = "JBSWY3DPEHPK3PXP"


def give_totp(user, secret: str = SECRET) -> Authenticator:
    return Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": secret})


def sign_in_with_second_step(client, user, *, step_offset: int = 0) -> None:
    """Password, then a code from the authenticator app (set up first if the user has none)."""
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        give_totp(user)
    response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith("/accounts/2fa/authenticate/"), response["Location"]
    response = client.post("/accounts/2fa/authenticate/", {"code": totp(SECRET, step_offset=step_offset)})
    assert response.status_code == HTTPStatus.FOUND, response.content.decode()[:2000]
    assert not response["Location"].startswith("/accounts/2fa/"), response["Location"]
