"""Background work that survives a crash: email at most once with retries and backoff, tasks a
dead worker left RUNNING taken up again, and the scheduler's jobs."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from cms.email_delivery import retry_delay, send_once
from cms.models import SentEmail
from cms.task_recovery import requeue_abandoned_tasks, requeue_tasks_of_worker
from tests.workshops.certificates.helpers import finished_cohort
from workshops.certificates import services
from workshops.certificates.tasks import send_certificate_ready_email
from workshops.models import Certificate

pytestmark = pytest.mark.django_db


def test_an_email_with_a_key_already_sent_is_not_sent_again():
    message = mail.EmailMessage("Hello", "Body", to=["a@example.org"])
    assert send_once(message, key="k1") is True
    assert send_once(message, key="k1") is False
    assert len(mail.outbox) == 1


def test_a_refused_email_leaves_no_key_so_a_retry_can_send(monkeypatch):
    message = mail.EmailMessage("Hello", "Body", to=["a@example.org"])
    monkeypatch.setattr(mail.EmailMessage, "send", lambda self: (_ for _ in ()).throw(smtplib.SMTPServerDisconnected()))
    with pytest.raises(smtplib.SMTPServerDisconnected):
        send_once(message, key="k2")
    assert not SentEmail.objects.filter(key="k2").exists()


def test_backoff_doubles(settings):
    settings.EMAIL_RETRY_BASE_SECONDS = 60
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3)] == [60, 120, 240]


@pytest.fixture
def ready_certificate(program_staff, django_capture_on_commit_callbacks):
    cohort, _ = finished_cohort(attended=[4], names=["Sam"])
    with django_capture_on_commit_callbacks(execute=True):
        services.cohort_certificates_issue(cohort_id=cohort.pk, by=program_staff)
    return Certificate.objects.get()


def test_the_ready_email_goes_once_however_often_the_task_runs(ready_certificate):
    sent_before = len(mail.outbox)
    send_certificate_ready_email.call(certificate_id=ready_certificate.pk)
    send_certificate_ready_email.call(certificate_id=ready_certificate.pk)
    assert len(mail.outbox) == sent_before  # the issuing run already sent it
    assert SentEmail.objects.filter(key=f"certificate-ready:{ready_certificate.pk}").count() == 1


def test_a_failing_mail_server_queues_the_email_again_later(ready_certificate, settings, monkeypatch):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    SentEmail.objects.all().delete()

    def refuse(self):
        raise smtplib.SMTPServerDisconnected("try later")

    monkeypatch.setattr(mail.EmailMessage, "send", refuse)
    before = timezone.now()
    assert send_certificate_ready_email.call(certificate_id=ready_certificate.pk) is False
    retry = DBTaskResult.objects.get(task_path__endswith="send_certificate_ready_email")
    assert retry.args_kwargs["kwargs"] == {"certificate_id": ready_certificate.pk, "attempt": 2}
    assert retry.run_after >= before + timedelta(seconds=settings.EMAIL_RETRY_BASE_SECONDS)
    # The last attempt lets the error stand (the task is recorded as failed).
    with pytest.raises(smtplib.SMTPServerDisconnected):
        send_certificate_ready_email.call(certificate_id=ready_certificate.pk, attempt=settings.EMAIL_MAX_ATTEMPTS)


def running_task(worker_id: str, started_minutes_ago: int) -> DBTaskResult:
    return DBTaskResult.objects.create(
        status=TaskResultStatus.RUNNING,
        args_kwargs={"args": [], "kwargs": {"certificate_id": 1}},
        task_path="workshops.certificates.tasks.render_certificate_pdf",
        backend_name="default",
        run_after=timezone.now(),
        started_at=timezone.now() - timedelta(minutes=started_minutes_ago),
        worker_ids=[worker_id],
    )


def test_a_restarted_worker_takes_up_what_it_was_running():
    mine, other = running_task("host-worker-1", 1), running_task("host-worker-2", 1)
    assert requeue_tasks_of_worker("host-worker-1") == 1
    mine.refresh_from_db()
    other.refresh_from_db()
    assert mine.status == TaskResultStatus.READY
    assert other.status == TaskResultStatus.RUNNING


def test_tasks_running_too_long_are_taken_up_again(settings):
    settings.TASK_ABANDONED_AFTER_SECONDS = 600
    old, recent = running_task("gone", 30), running_task("busy", 2)
    assert requeue_abandoned_tasks() == 1
    assert DBTaskResult.objects.get(pk=old.pk).status == TaskResultStatus.READY
    assert DBTaskResult.objects.get(pk=recent.pk).status == TaskResultStatus.RUNNING


# A real transaction per job, as in production: the scheduler closes connections between jobs,
# which would close the test's own connection inside the usual test transaction (PostgreSQL).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_scheduler_runs_every_job_once_and_prunes_old_results(settings, capsys):
    settings.TASK_RESULTS_KEEP_DAYS = 14
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    old = running_task("w", 1)
    DBTaskResult.objects.filter(pk=old.pk).update(
        status=TaskResultStatus.SUCCESSFUL, finished_at=timezone.now() - timedelta(days=30)
    )
    call_command("run_scheduler", once=True)
    out = capsys.readouterr().out
    for job in ("send_session_reminders", "requeue_abandoned_tasks", "purge_expired_data", "prune_db_task_results"):
        assert f"ran {job}" in out
    assert not DBTaskResult.objects.filter(pk=old.pk).exists()
