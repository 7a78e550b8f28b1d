"""PDFs with WeasyPrint, shared by certificates and printable handouts.

Two things matter beyond the looks:

- Cost. Building a FontConfiguration per render costs time and leaks memory in a long-running
  worker (about 22 MiB per 100 renders, measured in bench/). One configuration per process is
  reused for every render, behind a lock because Pango's font map is not thread-safe.
- Safety. The only resources a PDF may load are the project's own static and media files.
  `ProjectFilesFetcher` refuses everything else (file:// paths outside those folders, any
  network address), so neither a template edit, a member's name nor an image address in a
  lesson can make the worker read /etc/passwd or call out.
"""

import hashlib
import os
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import segno
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

_RENDER_LOCK = threading.Lock()
_font_config: FontConfiguration | None = None


def font_config() -> FontConfiguration:
    """The process's one FontConfiguration, made at the first render (not at import, so web
    processes that never render pay nothing) and reused by every render after it."""
    global _font_config
    if _font_config is None:
        _font_config = FontConfiguration()
    return _font_config


class RefusedResource(ValueError):
    """A PDF asked for something outside the project's own static and media files."""


def _inside(path: Path, roots: list[Path]) -> bool:
    real = Path(os.path.realpath(path))
    return any(real == root or root in real.parents for root in roots)


def _static_roots() -> list[Path]:
    """STATIC_ROOT and every folder the static finders read (app static/ folders, STATICFILES_DIRS)."""
    roots = [Path(settings.STATIC_ROOT)] if settings.STATIC_ROOT else []
    for finder in finders.get_finders():
        for storage in (getattr(finder, "storages", None) or {}).values():
            if getattr(storage, "location", None):
                roots.append(Path(storage.location))
    return [Path(os.path.realpath(root)) for root in roots]


def _media_root() -> Path:
    return Path(os.path.realpath(settings.MEDIA_ROOT))


class ProjectFilesFetcher(URLFetcher):
    """A WeasyPrint url_fetcher that serves only the project's static and media files.

    Accepted: `data:` URIs (self-contained, nothing is fetched), `{SITE_URL}/static/…` and
    `{SITE_URL}/media/…` (read from the static finders and the default storage, never over the
    network), and `file://` paths that resolve inside STATIC_ROOT, an app's static folder or
    MEDIA_ROOT. Anything else raises RefusedResource, which WeasyPrint logs and skips.
    `refused` keeps the refused URLs for tests and logs.
    """

    def __init__(self):
        super().__init__(allowed_protocols=("data", "file", "http", "https"), fail_on_errors=False)
        self.refused: list[str] = []
        site = urlsplit(settings.SITE_URL)
        self._site = (site.scheme, site.netloc)

    def fetch(self, url, headers=None):
        try:
            return self._fetch(url)
        except RefusedResource:
            self.refused.append(url)
            raise

    def _fetch(self, url: str) -> URLFetcherResponse:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "data":
            return super().fetch(url)  # urllib's DataHandler decodes it in memory
        if scheme == "file":
            return self._local_file(Path(url2pathname(unquote(parts.path))), url)
        if scheme in ("http", "https") and (scheme, parts.netloc) == self._site:
            path = unquote(parts.path)
            if ".." in Path(path).parts:
                raise RefusedResource(f"no way up out of static or media: {url!r}")
            if path.startswith(settings.STATIC_URL):
                try:
                    found = finders.find(path.removeprefix(settings.STATIC_URL))
                except SuspiciousFileOperation as error:
                    raise RefusedResource(f"not a static file: {url!r}") from error
                if found:
                    return self._local_file(Path(found), url)
            elif path.startswith(settings.MEDIA_URL):
                return self._media_file(path.removeprefix(settings.MEDIA_URL), url)
        raise RefusedResource(f"PDFs load only the project's own files, not {url!r}")

    def _local_file(self, path: Path, url: str) -> URLFetcherResponse:
        if not path.is_file() or not _inside(path, [*_static_roots(), _media_root()]):
            raise RefusedResource(f"not a project file: {url!r}")
        return URLFetcherResponse(url, body=path.read_bytes())

    def _media_file(self, name: str, url: str) -> URLFetcherResponse:
        if not name:
            raise RefusedResource(f"not a media file: {url!r}")
        try:
            with default_storage.open(name, "rb") as stored:
                return URLFetcherResponse(url, body=stored.read())
        except (OSError, ValueError, SuspiciousFileOperation) as error:  # missing file, or a name the storage refuses
            raise RefusedResource(f"no such media file: {url!r}") from error


def qr_svg(url: str) -> str:
    """An inline SVG QR code for a URL (error correction M survives a crease)."""
    return segno.make(url, error="m", micro=False).svg_inline(scale=1, border=2, omitsize=True, dark="#1f2933")


def html_to_pdf(html: str, *, fetcher: ProjectFilesFetcher | None = None, tagged: bool = False) -> bytes:
    """Render HTML to PDF bytes with the shared font configuration and the safe fetcher.

    `tagged` writes a tagged PDF (structure for screen readers and reflow); the document's
    language comes from `<html lang>` either way (the catalog's /Lang).
    """
    fetcher = fetcher or ProjectFilesFetcher()
    document = HTML(string=html, base_url=settings.SITE_URL + "/", url_fetcher=fetcher)
    with _RENDER_LOCK:
        return document.write_pdf(font_config=font_config(), pdf_tags=tagged)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
