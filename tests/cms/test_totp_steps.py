"""cms/totp.py names the 30-second step of a code, as an authenticator app computes it (RFC 6238
with SHA-1 and six digits, allauth's settings), so each step signs in once (cms/mfa_forms.py)."""

import base64

import pytest

from cms.totp import code_at, step_of, steps_accepted_now

RFC_SECRET = base64.b32encode(b"12345678901234567890").decode()


@pytest.mark.parametrize(
    ("unix_time", "code"),
    # RFC 6238 appendix B, SHA-1, last six of its eight digits.
    [(59, "287082"), (1111111109, "081804"), (1111111111, "050471"), (1234567890, "005924"), (2000000000, "279037")],
)
def test_codes_match_the_rfc_test_vectors(unix_time, code):
    assert code_at(RFC_SECRET, unix_time // 30) == code


def test_a_code_is_placed_in_its_step_within_the_tolerance(time_machine):
    time_machine.move_to(1234567890, tick=False)
    current = 1234567890 // 30
    assert list(steps_accepted_now()) == [current - 1, current, current + 1]
    assert step_of(secret=RFC_SECRET, code="005924") == current
    assert step_of(secret=RFC_SECRET, code="005 924") == current  # typed with a space
    assert step_of(secret=RFC_SECRET, code=code_at(RFC_SECRET, current - 1)) == current - 1
    assert step_of(secret=RFC_SECRET, code=code_at(RFC_SECRET, current + 2)) is None  # too far ahead
    assert step_of(secret=RFC_SECRET, code="") is None
