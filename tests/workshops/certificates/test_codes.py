"""Verification codes: unguessable, unambiguous, forgiving of how people type them."""

import math

import pytest

from workshops.certificates import codes


def test_a_code_carries_at_least_60_bits_of_randomness():
    """16 symbols from a 30-letter alphabet: about 78 bits."""
    assert len(set(codes.ALPHABET)) == len(codes.ALPHABET) == 30
    assert codes.CODE_LENGTH * math.log2(len(codes.ALPHABET)) >= 60


def test_codes_use_no_look_alike_characters():
    """0/O, 1/I/L and U/V are easy to misread on paper, so none of them appears."""
    for ambiguous in "01OILU":
        assert ambiguous not in codes.ALPHABET
    sample = {codes.new_code() for _ in range(200)}
    assert len(sample) == 200
    assert all(len(code) == 16 and set(code) <= set(codes.ALPHABET) for code in sample)


def test_codes_display_in_four_groups():
    assert codes.display("K7QX3MZD92TAHRWE") == "K7QX-3MZD-92TA-HRWE"
    assert codes.short("K7QX3MZD92TAHRWE") == "K7QX"


@pytest.mark.parametrize(
    "typed",
    ["K7QX-3MZD-92TA-HRWE", "k7qx-3mzd-92ta-hrwe", "k7qx3mzd92tahrwe", " K7QX 3MZD 92TA HRWE ", "K7QX–3MZD–92TA–HRWE"],
)
def test_lowercase_dashless_and_spaced_codes_normalize_to_the_stored_form(typed):
    assert codes.normalize(typed) == "K7QX3MZD92TAHRWE"


@pytest.mark.parametrize(
    "typed", ["", "K7QX", "K7QX-3MZD-92TA-HRW0", "K7QX3MZD92TAHRWEX", "<script>", "../../etc/passwd"]
)
def test_anything_that_cannot_be_a_code_is_rejected_before_the_database(typed):
    assert codes.normalize(typed) is None
