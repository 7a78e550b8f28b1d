"""How the library, module and lesson pages are served: their routes, the context their
templates need (from learning.selectors) and the learner's actions on a lesson.

The page models name these lists (`page_urls`, cms/page_routing.py); the URLs are the pages'
own, e.g. /learn/<module>/<lesson>/complete/.
"""

import re
from http import HTTPStatus

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Page

from cms.handouts.responses import stored_pdf_response
from cms.handouts.services import handout_request
from cms.page_routing import INDEX_ROUTE
from learning import module_check_ins, next_steps, selectors, services
from learning.forms import ReflectionForm
from learning.models import LessonPage, LibraryPage, ModulePage

SEARCH_PAGE_SIZE = 10
SEARCH_WORD = re.compile(r"\w+")


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _bad_request(request: HttpRequest, message: str) -> HttpResponse:
    if _wants_json(request):
        return JsonResponse({"error": message}, status=HTTPStatus.BAD_REQUEST)
    return render(request, "learning/bad_request.html", {"message": message}, status=HTTPStatus.BAD_REQUEST)


def library_page(request: HttpRequest, *, page: LibraryPage) -> HttpResponse:
    return page.render(
        request, context_overrides={"modules": selectors.library_modules(library=page, user=request.user)}
    )


def module_page(request: HttpRequest, *, page: ModulePage) -> HttpResponse:
    context = selectors.module_overview(module=page, user=request.user, session=request.session)
    # In the language of the library it was reached through (an untranslated module under
    # /es/learn/ still shows its topic in Spanish).
    # Read only if the template shows it: a kept "module-head" fragment does not.
    context["topic"] = SimpleLazyObject(
        lambda: selectors.topic_in_locale(page.topic, locale_id=page.get_parent().locale_id)
    )
    context["check_in_offer"] = module_check_ins.module_offer(
        request=request, module=page, progress=context["progress"], occasion="before"
    )
    return page.render(request, context_overrides=context)


def lesson_page(request: HttpRequest, *, page: LessonPage, extra: dict | None = None) -> HttpResponse:
    context = selectors.lesson_context(lesson=page, user=request.user, session=request.session)
    return page.render(request, context_overrides={**context, **(extra or {})})


def library_search(request: HttpRequest, *, page: LibraryPage) -> HttpResponse:
    library = page
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


@require_POST
def lesson_complete(request: HttpRequest, *, page: LessonPage) -> HttpResponse:
    lesson = page
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


def module_complete(request: HttpRequest, *, page: LessonPage) -> HttpResponse:
    """'Module complete': what the reader finished, the next module, and a matching workshop."""
    lesson = page
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
            "check_in_offer": module_check_ins.module_offer(
                request=request, module=module, progress=progress, occasion="after"
            ),
        },
    )


@require_POST
def knowledge_check_answer(request: HttpRequest, *, page: LessonPage, block_id: str) -> HttpResponse:
    lesson = page
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
def reflection_save(request: HttpRequest, *, page: LessonPage, block_id: str) -> HttpResponse:
    lesson = page
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
    response = lesson_page(
        request, page=lesson, extra={"reflection_error_block_id": block_id, "reflection_error_form": form}
    )
    response.status_code = HTTPStatus.BAD_REQUEST
    return response


@require_safe
def lesson_handout(request: HttpRequest, *, page: LessonPage) -> HttpResponse:
    """ "Print or save as PDF": the stored PDF of the lesson's live revision, or "being prepared"."""
    return stored_pdf_response(request, handout_request(page=page), title=page.title, back_url=page.get_url(request))


library_urls = [
    path("", library_page, name=INDEX_ROUTE),
    path("search/", library_search, name="search"),
]
module_urls = [path("", module_page, name=INDEX_ROUTE)]
lesson_urls = [
    path("", lesson_page, name=INDEX_ROUTE),
    path("complete/", lesson_complete, name="complete"),
    path("module-complete/", module_complete, name="module_complete"),
    path("handout/", lesson_handout, name="handout"),
    path("check/<str:block_id>/", knowledge_check_answer, name="check"),
    path("reflection/<str:block_id>/", reflection_save, name="reflection"),
]
