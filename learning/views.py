"""Thin views for the learner's actions; the rules live in learning.services."""

import re
from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from wagtail.models import Page

from cms.handouts.responses import stored_pdf_response
from cms.handouts.services import handout_request
from cms.sanitize import html_to_plain_text
from learning import next_steps, selectors, services
from learning.forms import ReflectionForm
from learning.models import LessonPage, LibraryPage, ModulePage, Reflection

SEARCH_PAGE_SIZE = 10
SEARCH_WORD = re.compile(r"\w+")


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _bad_request(request: HttpRequest, message: str) -> HttpResponse:
    if _wants_json(request):
        return JsonResponse({"error": message}, status=HTTPStatus.BAD_REQUEST)
    return render(request, "learning/bad_request.html", {"message": message}, status=HTTPStatus.BAD_REQUEST)


def library_search(request: HttpRequest, *, library: LibraryPage) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    # Words only: the index splits text on punctuation anyway, and quotes or brackets would be
    # read as search syntax (an unbalanced quote broke the query on SQLite).
    words = " ".join(SEARCH_WORD.findall(query))
    if words:
        results = Page.objects.live().public().descendant_of(library).type(ModulePage, LessonPage).search(words)
    page_obj = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "learning/search_results.html",
        {"page": library, "query": query, "results": page_obj, "self": library},
    )


@require_safe
def lesson_handout(request: HttpRequest, *, lesson: LessonPage) -> HttpResponse:
    """ "Print or save as PDF": the stored PDF of the lesson's live revision, or "being prepared"."""
    return stored_pdf_response(
        request, handout_request(page=lesson), title=lesson.title, back_url=lesson.get_url(request)
    )


@require_POST
def lesson_complete(request: HttpRequest, *, lesson: LessonPage) -> HttpResponse:
    services.lesson_mark_complete(lesson=lesson, user=request.user, session=request.session)
    messages.success(request, _("Lesson marked complete."))
    next_url = request.POST.get("next")
    if next_url and next_url.startswith("/") and not next_url.startswith("//"):
        return redirect(next_url)
    module = lesson.get_parent().specific
    progress = selectors.module_overview(module=module, user=request.user, session=request.session)["progress"]
    if progress.finished:
        # The last lesson done: a moment to mark it and a next step, not the same page again.
        return redirect(lesson.get_url(request) + "module-complete/")
    return redirect(lesson.get_url(request))


def module_complete(request: HttpRequest, *, lesson: LessonPage) -> HttpResponse:
    """'Module complete': what the reader finished, the next module, and a matching workshop."""
    module = lesson.get_parent().specific
    progress = selectors.module_overview(module=module, user=request.user, session=request.session)["progress"]
    if not progress.finished:
        return redirect(module.get_url(request))
    return render(
        request,
        "learning/module_complete.html",
        {
            "page": module,
            "progress": progress,
            "next_module": next_steps.next_module(module=module, user=request.user, session=request.session),
            "suggestions": next_steps.other_suggestions(module=module, request=request),
        },
    )


@require_POST
def knowledge_check_answer(request: HttpRequest, *, lesson: LessonPage, block_id: str) -> HttpResponse:
    try:
        result = services.knowledge_check_answer(
            lesson=lesson,
            block_id=block_id,
            option=request.POST.get("option"),
            user=request.user,
            session=request.session,
        )
    except services.InvalidSubmission:
        return _bad_request(request, _("That answer does not belong to this question. Please try again."))
    if _wants_json(request):
        return JsonResponse({"option": result.option_index, "correct": result.correct, "feedback": result.feedback})
    return redirect(f"{lesson.get_url(request)}#block-{block_id}")


@require_POST
def reflection_save(request: HttpRequest, *, lesson: LessonPage, block_id: str) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect_to_login(f"{lesson.get_url(request)}#block-{block_id}")
    form = ReflectionForm(request.POST)
    if form.is_valid():
        try:
            services.reflection_save(
                user=request.user, lesson=lesson, block_id=block_id, text=form.cleaned_data["text"]
            )
        except services.InvalidSubmission:
            return _bad_request(request, _("That question is not part of this lesson."))
        except ValidationError as error:
            form.add_error("text", error)
        else:
            messages.success(request, _("Reflection saved. Only you can see it."))
            return redirect(f"{lesson.get_url(request)}#block-{block_id}")
    # Show the lesson again with the message and everything the member typed.
    response = lesson.render(
        request, context_overrides={"reflection_error_block_id": block_id, "reflection_error_form": form}
    )
    response.status_code = HTTPStatus.BAD_REQUEST
    return response


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
