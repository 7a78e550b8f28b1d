"""Public media (Wagtail images and their renditions) served by Kinship when the files are on
this machine's disk, with DEBUG=0 as with DEBUG=1.

Only the folders Wagtail keeps public images in are served. Documents go through Wagtail's own
view (/documents/, which checks private collections) and certificate PDFs through their
authenticated view, so neither is ever reachable under /media/. With S3-compatible storage
(MEDIA_S3_BUCKET) image addresses point at the bucket and this view is not mounted.
"""

import posixpath

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_safe
from django.views.static import serve

PUBLIC_FOLDERS = ("original_images/", "images/")
# Image files never change under a name (a new upload or rendition gets a new name).
MAX_AGE_SECONDS = 60 * 60 * 24 * 30


@require_safe
def public_media(request: HttpRequest, path: str) -> HttpResponse:
    # Normalised first, as serve() will: "images/../certificates/..." must not pass the folder check.
    path = posixpath.normpath(path).lstrip("/")
    if not path.startswith(PUBLIC_FOLDERS) or ".." in path.split("/"):
        raise Http404("not a public media file")
    # django.views.static.serve refuses '..' and absolute paths, and answers If-Modified-Since.
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["Cache-Control"] = f"public, max-age={MAX_AGE_SECONDS}"
    response["X-Content-Type-Options"] = "nosniff"
    return response
