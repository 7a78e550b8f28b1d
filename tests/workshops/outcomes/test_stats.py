"""The t quantile and the paired change, against printed tables and a hand-computed example."""

import pytest

from workshops.outcomes.stats import paired_change, t_cdf, t_quantile


@pytest.mark.parametrize(
    ("p", "df", "expected"),
    [
        (0.975, 4, 2.776),
        (0.975, 10, 2.228),
        (0.975, 29, 2.045),
        (0.975, 1, 12.706),
        (0.95, 5, 2.015),
        (0.995, 20, 2.845),
        (0.025, 4, -2.776),
    ],
)
def test_t_quantile_matches_the_printed_table(p, df, expected):
    assert t_quantile(p, df) == pytest.approx(expected, abs=0.0005)


def test_the_distribution_function_is_a_half_at_zero_and_inverts_the_quantile():
    assert t_cdf(0.0, 7) == pytest.approx(0.5)
    assert t_cdf(t_quantile(0.9, 7), 7) == pytest.approx(0.9, abs=1e-9)


def test_paired_change_of_a_hand_computed_example():
    # Changes 2, 0, 3, 1, 2: mean 1.6; squared deviations sum 5.2, variance 1.3, sd 1.1402;
    # standard error 1.1402 / sqrt(5) = 0.5099; t(0.975, 4) = 2.7764; half width 1.4157.
    change = paired_change([(2, 4), (3, 3), (1, 4), (2, 3), (3, 5)])
    assert change.n == 5
    assert change.mean_before == pytest.approx(2.2)
    assert change.mean_after == pytest.approx(3.8)
    assert change.mean_change == pytest.approx(1.6)
    assert change.ci_low == pytest.approx(0.1843, abs=1e-4)
    assert change.ci_high == pytest.approx(3.0157, abs=1e-4)
    assert change.share_improved == pytest.approx(0.8)


def test_one_pair_has_no_interval():
    with pytest.raises(ValueError):
        paired_change([(1, 2)])
