"""A lesson must be quick on a phone: its HTML, CSS and JavaScript together stay under 150 KB
and nothing on it loads from another site. Images are responsive renditions (AVIF and WebP
with a JPEG fallback) and do not count towards the budget."""

import re
from html.parser import HTMLParser

import pytest
from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file_jpeg

from learning.demo import load_demo_modules
from learning.models import LessonPage
from tests.learning.builders import make_module, paragraph

BUDGET_BYTES = 150 * 1024


class Resources(HTMLParser):
    """Every URL a browser would fetch to show the page (stylesheets, scripts, images, frames)."""

    def __init__(self):
        super().__init__()
        self.styles, self.scripts, self.others = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or ""):
            self.styles.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        elif tag in {"img", "iframe", "source", "audio", "video", "embed", "object"}:
            for name in ("src", "srcset", "data"):
                if attrs.get(name):
                    self.others.extend(part.strip().split(" ")[0] for part in attrs[name].split(","))


def _same_origin(url: str) -> bool:
    return url.startswith("/") and not url.startswith("//")


def _body_size(response) -> int:
    if response.streaming:
        return sum(len(chunk) for chunk in response.streaming_content)
    return len(response.content)


@pytest.mark.django_db
def test_every_demo_lesson_is_under_150_kb_without_images_and_loads_nothing_from_elsewhere(client):
    load_demo_modules(lambda _message: None)
    lessons = list(LessonPage.objects.live())
    assert len(lessons) >= 15
    for lesson in lessons:
        page = client.get(lesson.url)
        assert page.status_code == 200
        html = page.content.decode()
        found = Resources()
        found.feed(html)
        assert found.styles and found.scripts
        for url in [*found.styles, *found.scripts, *found.others]:
            assert _same_origin(url), f"{lesson.url} loads {url} from another site"
        total = len(page.content)
        for url in [*found.styles, *found.scripts]:
            asset = client.get(url)
            assert asset.status_code == 200, url
            total += _body_size(asset)
        assert total < BUDGET_BYTES, f"{lesson.url}: {total} bytes of HTML, CSS and JS"


@pytest.mark.django_db
def test_lesson_images_are_responsive_renditions_in_modern_formats_with_a_fallback(client):
    image = get_image_model().objects.create(
        title="A calm room", file=ImageFile(get_test_image_file_jpeg(size=(1600, 1000)).file, name="room.jpg")
    )
    figure = {"type": "image", "value": {"image": image.pk, "alt_text": "A calm room", "caption": ""}}
    _, lessons = make_module(lessons=1, body=[paragraph(), figure])
    html = client.get(lessons[0].url).content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    img = re.search(r"<img [^>]+>", picture).group(0)
    assert ".jpg" in re.search(r'src="([^"]+)"', img).group(1)  # the fallback every browser shows
    assert "srcset=" in picture and 'sizes="' in picture
    assert 'alt="A calm room"' in img and 'loading="lazy"' in img
