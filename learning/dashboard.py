from django.http import HttpRequest

from learning.selectors import member_learning_summary


def learning_panel_context(request: HttpRequest) -> dict:
    return member_learning_summary(user=request.user)


def learning_fingerprint() -> dict:
    """What the learning panel shows changes these (cms/dashboard.py): lessons done, reflections."""
    from django.db.models import Count, Max

    from cms.fingerprints import member_aggregate
    from learning.models import LessonCompletion, Reflection

    completions, reflections = LessonCompletion.objects.all(), Reflection.objects.all()
    return {
        "completions": member_aggregate(completions, "user", Count("pk")),
        "last_completed": member_aggregate(completions, "user", Max("completed_at")),
        "reflections": member_aggregate(reflections, "user", Count("pk")),
        "last_reflection": member_aggregate(reflections, "user", Max("updated_at")),
    }
