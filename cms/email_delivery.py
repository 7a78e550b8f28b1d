"""Email from background tasks: each message at most once, failures retried with backoff.

`send_once` records a key (what the email is about) before handing the message over, in its own
transaction: a task run a second time (a retry, or a worker killed with SIGKILL and restarted)
skips what was sent. If the mail server refuses, the key is removed again so a retry can send.
The one gap left on purpose: a worker killed between recording and sending loses that email
rather than sending it twice (a family must not get the same email twice; staff can resend).
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone

from cms.models import SentEmail

logger = logging.getLogger(__name__)

# What a retry can cure: the mail server down, slow or refusing for now.
RETRYABLE = (smtplib.SMTPException, OSError)


def send_once(message: EmailMessage, *, key: str, connection=None) -> bool:
    """Send unless an email with this key was sent before. True when sent now."""
    try:
        with transaction.atomic():
            SentEmail.objects.create(key=key[:200])
    except IntegrityError:
        logger.info("email %s was sent before: not sending it again", key)
        return False
    try:
        if connection is not None:
            message.connection = connection
        message.send()
    except Exception:
        SentEmail.objects.filter(key=key[:200]).delete()
        raise
    return True


def send_each_once(messages_and_keys: list[tuple[EmailMessage, str]]) -> int:
    """Several emails over one connection, each at most once. Returns how many were sent now."""
    if not messages_and_keys:
        return 0
    with get_connection() as connection:
        return sum(send_once(message, key=key, connection=connection) for message, key in messages_and_keys)


def retry_delay(attempt: int) -> timedelta:
    """1, 2, 4, 8 ... minutes after the attempt that failed (EMAIL_RETRY_BASE_SECONDS)."""
    return timedelta(seconds=settings.EMAIL_RETRY_BASE_SECONDS * 2 ** (attempt - 1))


def retry_later(task, *, attempt: int, error: Exception, **kwargs) -> bool:
    """Queue the task again for later; False when attempts are used up or the backend runs
    tasks at once (then the caller lets the error stand, and the task is recorded as failed)."""
    if attempt >= settings.EMAIL_MAX_ATTEMPTS or not task.get_backend().supports_defer:
        return False
    run_after = timezone.now() + retry_delay(attempt)
    task.using(run_after=run_after).enqueue(attempt=attempt + 1, **kwargs)
    logger.warning("%s failed (%s); attempt %s at %s", task.name, error, attempt + 1, run_after.isoformat())
    return True
