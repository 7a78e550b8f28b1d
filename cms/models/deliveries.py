from django.db import models


class SentEmail(models.Model):
    """One row per email handed to the mail server, keyed by what it is about.

    A task that runs again (a retry, or a worker that died mid-task and was restarted) finds the
    row and does not send that email a second time.
    """

    key = models.CharField(max_length=200, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "sent email"

    def __str__(self) -> str:
        return self.key
