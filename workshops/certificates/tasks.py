"""Background work for certificates (django-tasks). Tasks take ids and read fresh rows, so they
run the same on the immediate backend and on `manage.py db_worker` on another machine."""

from django_tasks import task


@task()
def render_certificate_pdf(*, certificate_id: int) -> str:
    """Render and store one certificate's PDF (once; a rendered one is left as it is)."""
    from workshops.certificates.services import certificate_render

    return certificate_render(certificate_id=certificate_id)


@task()
def send_certificate_ready_email(*, certificate_id: int, attempt: int = 1) -> bool:
    """Tell the member their certificate is ready on their page. The PDF is not attached: an
    inbox is often shared, and the download needs the member's sign-in. Once per certificate,
    however often the task runs (cms/email_delivery.py)."""
    from cms.email_delivery import RETRYABLE, retry_later, send_once
    from workshops.certificates.emails import certificate_ready_message
    from workshops.models.certificates import Certificate, RenderState

    certificate = (
        Certificate.objects.select_related("enrollment__member")
        .filter(pk=certificate_id, render_state=RenderState.READY)
        .first()
    )
    if certificate is None or not certificate.is_valid:
        return False
    try:
        return send_once(certificate_ready_message(certificate), key=f"certificate-ready:{certificate_id}")
    except RETRYABLE as error:
        if not retry_later(send_certificate_ready_email, attempt=attempt, error=error, certificate_id=certificate_id):
            raise
        return False
