"""Short check-in codes a facilitator reads aloud during a session.

A code is derived from the session with the site's secret key, so every web host computes
the same code without storing it, nobody can work it out from the session's id, and it
changes when the session is moved. Six digits: easy to say, and with five wrong tries a
minute allowed, guessing it during a session is very unlikely (under 0.1 %).
"""

from django.utils.crypto import constant_time_compare, salted_hmac

CODE_DIGITS = 6
_SALT = "kinship.workshops.attendance.check-in-code"


def check_in_code(session) -> str:
    digest = salted_hmac(_SALT, f"{session.pk}:{session.starts_at.isoformat()}", algorithm="sha256").hexdigest()
    return str(int(digest, 16) % 10**CODE_DIGITS).zfill(CODE_DIGITS)


def spoken(code: str) -> str:
    """'482913' -> '482 913': two groups are easier to read aloud and to type."""
    half = len(code) // 2
    return f"{code[:half]} {code[half:]}"


def code_matches(session, typed: str) -> bool:
    # Members may type spaces or dashes as they heard the groups.
    cleaned = "".join(ch for ch in typed or "" if ch.isdigit())
    return constant_time_compare(cleaned, check_in_code(session))
