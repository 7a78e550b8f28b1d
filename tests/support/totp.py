"""RFC 6238 TOTP computed independently of allauth, as an authenticator app would."""

import base64
import hashlib
import hmac
import struct
import time


def totp(secret: str, *, step_offset: int = 0, period: int = 30, digits: int = 6) -> str:
    counter = int(time.time()) // period + step_offset
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 10**digits:0{digits}d}"
