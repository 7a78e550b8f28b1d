"""Demo lessons carry illustrations with alt text, and with DEBUG=0 every image a lesson shows
(originals' renditions in AVIF, WebP and JPEG) is served; certificates and documents are not."""

import re
from http import HTTPStatus

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from learning.demo_images import ILLUSTRATIONS, load_demo_illustrations
from learning.models import LessonPage
from tests.learning.builders import make_module

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def image_urls(html: str) -> set[str]:
    urls = set(re.findall(r'<img[^>]* src="([^"]+)"', html))
    for srcset in re.findall(r'srcset="([^"]+)"', html):
        urls.update(part.strip().split(" ")[0] for part in srcset.split(","))
    return urls


def test_every_image_of_an_illustrated_lesson_answers_200_with_debug_off(client, settings):
    assert settings.DEBUG is False
    module, (lesson,) = make_module(lessons=1)
    lesson.slug = "how-treatment-works"
    lesson.save_revision().publish()
    load_demo_illustrations(lambda message: None)
    load_demo_illustrations(lambda message: None)  # again: still one figure

    lesson = LessonPage.objects.get(pk=lesson.pk)
    figures = [block for block in lesson.body if block.block_type == "image"]
    assert len(figures) == 1
    assert figures[0].value["alt_text"] == ILLUSTRATIONS["how-treatment-works"].alt_text["en"]

    html = client.get(lesson.url).content.decode()
    assert f'alt="{ILLUSTRATIONS["how-treatment-works"].alt_text["en"][:40]}' in html
    urls = image_urls(html)
    assert any(url.endswith(".avif") for url in urls) and any(url.endswith(".webp") for url in urls), urls
    for url in urls:
        response = client.get(url)
        assert response.status_code == HTTPStatus.OK, url
        assert response["Content-Type"].startswith("image/"), url
        assert "max-age" in response["Cache-Control"]


def test_media_outside_the_public_image_folders_is_not_served(client):
    for name in ("certificates/abc/kinship-certificate-K7QX.pdf", "documents/handout.pdf"):
        default_storage.save(name, ContentFile(b"%PDF-1.7 private"))
        assert client.get(f"/media/{name}").status_code == HTTPStatus.NOT_FOUND
    assert client.get("/media/images/../certificates/abc/kinship-certificate-K7QX.pdf").status_code == 404
