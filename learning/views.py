"""Thin views for the member's journal at /me/reflections/; the rules live in learning.services.
The library, module and lesson pages and the actions on a lesson are in learning.page_views."""

from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from cms.sanitize import html_to_plain_text
from learning import services
from learning.forms import ReflectionForm
from learning.models import Reflection


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def reflection_edit(request: HttpRequest, pk: int) -> HttpResponse:
    reflection = get_object_or_404(Reflection.objects.select_related("lesson"), pk=pk, user=request.user)
    if request.method == "POST":
        form = ReflectionForm(request.POST)
        if form.is_valid():
            try:
                services.reflection_update(reflection=reflection, text=form.cleaned_data["text"])
            except ValidationError as error:
                form.add_error("text", error)
            else:
                messages.success(request, _("Reflection saved."))
                return redirect("dashboard")
        status = HTTPStatus.BAD_REQUEST
    else:
        form = ReflectionForm(initial={"text": html_to_plain_text(reflection.text)})
        status = HTTPStatus.OK
    return render(request, "learning/reflection_edit.html", {"form": form, "reflection": reflection}, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def reflection_delete(request: HttpRequest, pk: int) -> HttpResponse:
    reflection = get_object_or_404(Reflection.objects.select_related("lesson"), pk=pk, user=request.user)
    if request.method == "POST":
        services.reflection_delete(reflection=reflection)
        messages.success(request, _("Reflection deleted."))
        return redirect("dashboard")
    return render(request, "learning/reflection_delete.html", {"reflection": reflection})
