"""Background rendering of a cohort's handout pack (django-tasks); takes an id, reads fresh rows."""

from django_tasks import task


@task()
def render_handout_pack(*, pack_id: int) -> str:
    from workshops.handouts.services import pack_render

    return pack_render(pack_id=pack_id)
