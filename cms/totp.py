"""RFC 6238 time-based codes, as the authenticator app computes them, with allauth's settings
(period, digits, tolerance): for telling which 30-second step a code belongs to, so each step
is accepted once (cms/mfa_forms.py). allauth checks the code itself; this only names its step."""

import base64
import hashlib
import hmac
import secrets
import struct
import time

from allauth.mfa import app_settings


def code_at(secret: str, step: int) -> str:
    """The code an app shows during `step` (RFC 4226 truncation of HMAC-SHA1)."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    digits = app_settings.TOTP_DIGITS
    return f"{value % 10**digits:0{digits}d}"


def steps_accepted_now() -> range:
    """The current step and the ones either side that allauth's tolerance accepts."""
    current = int(time.time()) // app_settings.TOTP_PERIOD
    return range(current - app_settings.TOTP_TOLERANCE, current + app_settings.TOTP_TOLERANCE + 1)


def step_of(*, secret: str, code: str) -> int | None:
    """Which accepted step this code (spaces and dashes allowed, as people type them) is from."""
    typed = "".join(character for character in code if character.isdigit())
    for step in steps_accepted_now():
        if typed and secrets.compare_digest(typed, code_at(secret, step)):
            return step
    return None
