"""Which language a visitor reads the site in, and the URL of each page in every language.

English lives at unprefixed URLs (/learn/…), Spanish under /es/ (Django's i18n_patterns with
prefix_default_language=False). An unprefixed URL means "no language chosen in the URL": a
signed-in member's preferred_language, else the language cookie (set by the switcher), else
the browser's Accept-Language decides, and a visitor who should read Spanish is sent to the
/es/ address. A prefixed URL is an explicit choice and is served as it is.

The Wagtail admin is left alone: Wagtail shows it in each staff user's own preferred language.
"""

import functools
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import is_valid_path, translate_url
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

# Never redirected: the admin (Wagtail's own language handling), machine endpoints, files,
# and calendar feeds (calendar apps poll them and need not follow redirects).
NEVER_REDIRECT_PREFIXES = ("/admin/", "/healthz/", "/static/", "/media/", "/documents/", "/i18n/", "/_util/")
NEVER_REDIRECT_SUFFIXES = (".ics",)


def supported(code: str | None) -> str | None:
    """`code` reduced to one of settings.LANGUAGES ("es-MX" -> "es"), or None."""
    if not code:
        return None
    try:
        return translation.get_supported_language_variant(code)
    except LookupError:
        return None


def chosen_language(request: HttpRequest) -> str:
    """The language this visitor wants when the URL does not say."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return supported(user.preferred_language) or settings.LANGUAGE_CODE
    return translation.get_language_from_request(request, check_path=False)


def _prefix_of(path: str) -> str | None:
    return translation.get_language_from_path(path)


class PreferredLanguageMiddleware:
    """Sends a visitor from an unprefixed public page to the /es/ address when they read Spanish.

    Runs after authentication (LocaleMiddleware cannot see the user). Only GET and HEAD are
    redirected, and only for URLs that exist in the other language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        redirect_to = self._redirect_for(request)
        if redirect_to:
            response = HttpResponseRedirect(redirect_to)
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
            return response
        response = self.get_response(request)
        if not _prefix_of(request.path_info):
            # An unprefixed page may redirect on the language cookie: caches must keep them apart.
            patch_vary_headers(response, ("Cookie",))
        return response

    def _redirect_for(self, request: HttpRequest) -> str | None:
        path = request.path_info
        if request.method not in ("GET", "HEAD") or path.startswith(NEVER_REDIRECT_PREFIXES):
            return None
        if path.endswith(NEVER_REDIRECT_SUFFIXES) or _prefix_of(path):
            return None
        language = chosen_language(request)
        if language == settings.LANGUAGE_CODE:
            return None
        target = f"/{language}{path}"
        if not is_valid_path(target):
            return None
        query = request.META.get("QUERY_STRING", "")
        return f"{target}?{query}" if query else target


@require_POST
def set_language(request: HttpRequest):
    """Like Django's set_language (a cookie, then back to `next`), for a form that already gives
    `next` in the chosen language; a signed-in member's choice is also saved as their preferred
    language, for emails, calendars and their next visits."""
    language = supported(request.POST.get("language"))
    next_url = request.POST.get("next") or request.headers.get("referer") or "/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = "/"
    if language is None:
        return HttpResponseRedirect(next_url)
    next_path = urlsplit(next_url)
    if _prefix_of(next_path.path) != (language if language != settings.LANGUAGE_CODE else None):
        next_url = _reprefix(next_path.path, language) + (f"?{next_path.query}" if next_path.query else "")
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
    user = request.user
    if user.is_authenticated and user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
    return response


@dataclass(frozen=True)
class Alternate:
    code: str
    name: str  # in its own language, e.g. "Español"
    url: str
    current: bool
    translated: bool  # the page exists in this language (False: the English page is shown)


@functools.cache
def _own_name(code: str) -> str:
    return translation.get_language_info(code)["name_local"].capitalize()


def _safe(url: str | None, request: HttpRequest) -> str | None:
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return None


def alternates(request: HttpRequest, page=None) -> list[Alternate]:
    """The current page in every language. For a Wagtail page, its translations (one query);
    for any other view, the same URL pattern in the other language."""
    current = translation.get_language()
    full_path = request.get_full_path()
    by_language: dict[str, str] = {}
    if page is not None and getattr(page, "translation_key", None):
        by_language = _translation_urls(request, page)
    result = []
    for code, _name in settings.LANGUAGES:
        url = by_language.get(code)
        translated = url is not None or page is None
        if url is None:
            url = translate_url(full_path, code) if code != current else full_path
            if code != current and urlsplit(url).path == urlsplit(full_path).path:
                # translate_url could not map this path: add or swap the prefix ourselves.
                url = _reprefix(full_path, code)
        result.append(Alternate(code, _own_name(code), url, code == current, translated))
    return result


def _translation_urls(request: HttpRequest, page) -> dict[str, str]:
    """The URL of each live translation of `page`, by language code (one query)."""
    from wagtail.models import Page

    found = {}
    # Only what a URL is made of: a whole page row per language would cost more than the query.
    translations = (
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .only("url_path", "locale__language_code")
    )
    for translated in translations:
        url = _safe(translated.get_url(request=request), request)
        if url:
            found[translated.locale.language_code] = url
    return found


def _reprefix(path: str, code: str) -> str:
    prefix = _prefix_of(path)
    bare = path[len(prefix) + 1 :] if prefix else path
    return bare if code == settings.LANGUAGE_CODE else f"/{code}{bare}"


def language_urls(request: HttpRequest) -> dict:
    """Template context: `lang_prefix` ("" in English, "/es" in Spanish) for the site's fixed
    links, and `unprefixed_path` (the request path without it) to mark the current section."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    prefix = "" if language == settings.LANGUAGE_CODE else f"/{language}"
    path = request.path
    path_language = _prefix_of(path)
    unprefixed = path[len(path_language) + 1 :] if path_language else path
    return {"lang_prefix": prefix, "unprefixed_path": unprefixed}


def localized_path(path: str) -> str:
    """A fixed site path ("/me/") in the active language ("/es/me/")."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return path if language == settings.LANGUAGE_CODE else f"/{language}{path}"


def without_language_prefix(path: str) -> str:
    language = _prefix_of(path)
    return path[len(language) + 1 :] if language else path
