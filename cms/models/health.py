from django.db import models


class HealthProbe(models.Model):
    """One row the health check updates: proves the database takes writes, not only reads."""

    checked_at = models.DateTimeField()

    class Meta:
        verbose_name = "health probe"

    def __str__(self) -> str:
        return f"health probe at {self.checked_at:%Y-%m-%d %H:%M:%S}"
