"""Lesson images come in the widths the original has: Wagtail never enlarges, so asking a small
image for 400, 800 and 1200 pixels would list one width three times (invalid srcset)."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from PIL import Image as PillowImage
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def image(width: int, height: int):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (40, 90, 140)).save(buffer, "PNG")
    upload = SimpleUploadedFile(f"photo-{width}.png", buffer.getvalue(), content_type="image/png")
    return get_image_model().objects.create(title="A photo", file=upload)


def srcset_widths(html: str) -> list[list[int]]:
    return [[int(w) for w in re.findall(r" (\d+)w", srcset)] for srcset in re.findall(r'srcset="([^"]+)"', html)]


@pytest.mark.parametrize(
    ("size", "srcsets"),
    [
        ((1300, 900), [[400, 800, 1200]] * 3),  # AVIF, WebP, then the JPEG fallback
        ((900, 600), [[400, 800]] * 3),
        ((64, 48), [[], []]),  # one file per format: no widths to choose from, the <img> has a src
    ],
)
def test_a_figure_offers_each_width_once_and_every_format(size, srcsets):
    html = render_to_string("blocks/figure.html", {"value": {"image": image(*size), "alt_text": "A photo"}})
    assert srcset_widths(html) == srcsets
    assert 'type="image/avif"' in html and 'type="image/webp"' in html and 'alt="A photo"' in html
