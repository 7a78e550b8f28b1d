"""Verification codes: 16 characters from an alphabet without look-alikes, shown in four groups.

`K7QX-3MZD-92TA-HRWE`: 30 symbols, so log2(30) * 16 ≈ 78.5 bits of randomness, well above the
60 bits that make guessing hopeless at any rate the verification page allows. People read
codes off paper and type them, so 0/O, 1/I/L and U/V are not used, case does not matter and
dashes or spaces may be left out.
"""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # no 0 O 1 I L U
CODE_LENGTH = 16
GROUP = 4
_STRIP = re.compile(r"[\s\-–—_.]+")
_VALID = re.compile(f"^[{ALPHABET}]{{{CODE_LENGTH}}}$")


def new_code() -> str:
    """A fresh random code, stored without dashes (the database column holds 16 characters)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalize(typed: str) -> str | None:
    """The stored form of a code someone typed (any case, with or without dashes), or None when
    it cannot be a code at all, so the database is never asked about garbage."""
    code = _STRIP.sub("", typed or "").upper()
    return code if _VALID.match(code) else None


def display(code: str) -> str:
    """'K7QX3MZD92TAHRWE' -> 'K7QX-3MZD-92TA-HRWE', the form printed and shown."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def short(code: str) -> str:
    """The first group, enough to tell a member's files apart (kinship-certificate-K7QX.pdf)."""
    return code[:GROUP]
