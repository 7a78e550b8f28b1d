"""Password hashers for the tests that compare how much work account pages do.

The suite uses MD5 for speed; these keep PBKDF2 (Django's default) so hashing costs what it
costs in production, relative to the rest of a request.
"""

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class CountingHasher(PBKDF2PasswordHasher):
    """Counts every hash computed (making a password or checking one)."""

    algorithm = "pbkdf2_counted"
    iterations = 1_000
    calls = 0

    def encode(self, password, salt, iterations=None):
        type(self).calls += 1
        return super().encode(password, salt, iterations)


class ProductionCostHasher(PBKDF2PasswordHasher):
    """PBKDF2 slow enough (~0.15 s here) that one hash more or less stands out of the noise."""

    algorithm = "pbkdf2_timed"
    iterations = 200_000
