"""Paired change with a 95% confidence interval, in pure Python (no SciPy in production).

The t quantile inverts Student's t distribution function, written with the regularized
incomplete beta function (Numerical Recipes' continued fraction, section 6.4) and found by
bisection: slow by numeric standards but exact to 1e-10, and called a few times per report.
"""

import functools
import math
from dataclasses import dataclass
from statistics import fmean, stdev

_EPSILON = 1e-15
_TINY = 1e-300


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPSILON:
            break
    return h


def regularized_incomplete_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b) for a, b > 0 and 0 <= x <= 1."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with `df` degrees of freedom."""
    tail = 0.5 * regularized_incomplete_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


@functools.lru_cache(maxsize=1024)
def t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p, by bisection (the distribution function only grows).
    Remembered per (p, df): pure arithmetic, the same for every report."""
    if not 0.0 < p < 1.0 or df <= 0:
        raise ValueError("p must be between 0 and 1, and df above 0")
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    low, high = 0.0, 1.0
    while t_cdf(high, df) < p:
        high *= 2.0
    for _ in range(200):
        middle = (low + high) / 2.0
        if t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
        if high - low < 1e-12:
            break
    return (low + high) / 2.0


@dataclass(frozen=True)
class PairedChange:
    n: int
    mean_before: float
    mean_after: float
    mean_change: float
    ci_low: float
    ci_high: float
    share_improved: float  # 0..1: after above before


@dataclass(frozen=True)
class PairSums:
    """The sums a paired change needs, as a database adds them up per group of pairs."""

    n: int
    before: float
    after: float
    change: float
    change_squared: float
    improved: int

    def __add__(self, other: "PairSums") -> "PairSums":
        return PairSums(
            self.n + other.n,
            self.before + other.before,
            self.after + other.after,
            self.change + other.change,
            self.change_squared + other.change_squared,
            self.improved + other.improved,
        )


def paired_change_from_sums(sums: PairSums, *, confidence: float = 0.95) -> PairedChange:
    """The same figures as paired_change, from sums instead of the pairs themselves."""
    n = sums.n
    if n < 2:
        raise ValueError("a confidence interval needs two pairs or more")
    mean = sums.change / n
    # Sum of squared deviations = Σd² − (Σd)²/n; never below zero (rounding of equal changes).
    variance = max(sums.change_squared - sums.change * sums.change / n, 0.0) / (n - 1)
    half_width = t_quantile(0.5 + confidence / 2.0, n - 1) * math.sqrt(variance) / math.sqrt(n)
    return PairedChange(
        n=n,
        mean_before=sums.before / n,
        mean_after=sums.after / n,
        mean_change=mean,
        ci_low=mean - half_width,
        ci_high=mean + half_width,
        share_improved=sums.improved / n,
    )


def paired_change(pairs: list[tuple[float, float]], *, confidence: float = 0.95) -> PairedChange:
    """Mean change (after minus before) of n >= 2 pairs, with its t-based confidence interval."""
    n = len(pairs)
    if n < 2:
        raise ValueError("a confidence interval needs two pairs or more")
    changes = [after - before for before, after in pairs]
    mean = fmean(changes)
    half_width = t_quantile(0.5 + confidence / 2.0, n - 1) * stdev(changes) / math.sqrt(n)
    return PairedChange(
        n=n,
        mean_before=fmean(before for before, _ in pairs),
        mean_after=fmean(after for _, after in pairs),
        mean_change=mean,
        ci_low=mean - half_width,
        ci_high=mean + half_width,
        share_improved=sum(1 for change in changes if change > 0) / n,
    )
