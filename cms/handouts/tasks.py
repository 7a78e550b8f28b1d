"""Background rendering of handouts (django-tasks). Takes an id and reads the fresh row, so it
runs the same on the immediate backend and on a database worker on another machine."""

from django_tasks import task


@task()
def render_handout(*, handout_id: int) -> str:
    from cms.handouts.services import handout_render

    return handout_render(handout_id=handout_id)
