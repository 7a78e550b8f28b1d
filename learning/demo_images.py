"""Illustrations for the demo lessons, drawn here with Pillow (Kinship's own work, AGPL-3.0-or-later
like the rest of the project; nothing is downloaded). Each is a simple diagram without words, so
it serves both languages; the alt text says what it shows.

`load_demo_illustrations` runs after the demo modules (order 12) and adds a figure after the first
block of each lesson named in ILLUSTRATIONS (by slug, English and Spanish), unless it has one.
Every install so exercises image uploads, renditions (AVIF/WebP/JPEG at several widths) and media
serving.
"""

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from learning.models import LessonPage

WIDTH, HEIGHT = 1200, 675
PAPER = (250, 247, 242)
INK = (38, 70, 83)
TEAL = (42, 157, 143)
SAND = (233, 196, 106)
CORAL = (231, 111, 81)


def draw_steps() -> PILImage.Image:
    """Levels of care as a staircase: more support on the left, stepping down towards home."""
    image = PILImage.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    colours = [CORAL, SAND, TEAL, INK]
    step_width = 240
    for index, colour in enumerate(colours):
        top = 120 + index * 110
        left = 120 + index * step_width
        draw.rounded_rectangle([left, top, left + step_width - 20, HEIGHT - 80], radius=18, fill=colour)
    # A small house at the bottom step: living at home with outpatient support.
    draw.polygon([(1010, 430), (1080, 370), (1150, 430)], fill=CORAL)
    draw.rectangle([1025, 430, 1135, 520], fill=PAPER, outline=CORAL, width=6)
    return image


def draw_two_paths() -> PILImage.Image:
    """Helping versus enabling: two paths from one start, one reaching the goal, one going round."""
    image = PILImage.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    start, goal = (150, 337), (1050, 180)
    draw.ellipse([start[0] - 50, start[1] - 50, start[0] + 50, start[1] + 50], fill=INK)
    draw.line([start, (600, 200), goal], fill=TEAL, width=26, joint="curve")
    draw.ellipse([goal[0] - 60, goal[1] - 60, goal[0] + 60, goal[1] + 60], fill=TEAL)
    loop = [start, (500, 520), (800, 560), (700, 420), (450, 470), (400, 560)]
    draw.line(loop, fill=CORAL, width=26, joint="curve")
    draw.ellipse([370, 530, 430, 590], fill=CORAL)
    return image


def draw_circles_of_care() -> PILImage.Image:
    """Caring for yourself: you in the middle, circles of support around you."""
    image = PILImage.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    centre = (WIDTH // 2, HEIGHT // 2)
    for radius, colour in ((300, SAND), (210, TEAL), (120, PAPER)):
        draw.ellipse([centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius], fill=colour)
    draw.ellipse([centre[0] - 60, centre[1] - 60, centre[0] + 60, centre[1] + 60], fill=CORAL)
    for dx, dy in ((-250, -60), (240, 90), (-120, 230), (150, -230)):
        draw.ellipse([centre[0] + dx - 28, centre[1] + dy - 28, centre[0] + dx + 28, centre[1] + dy + 28], fill=INK)
    return image


@dataclass(frozen=True)
class Illustration:
    title: str
    draw: Callable[[], PILImage.Image]
    alt_text: dict[str, str]  # by language code


ILLUSTRATIONS = {
    "how-treatment-works": Illustration(
        "Demo: levels of care",
        draw_steps,
        {
            "en": "A staircase of four steps going down from left to right, ending at a small house: "
            "care steps down from the most support towards living at home.",
            "es": "Una escalera de cuatro escalones que baja de izquierda a derecha y termina en una casa "
            "pequeña: la atención baja del mayor apoyo hasta vivir en casa.",
        },
    ),
    "enabling-vs-helping": Illustration(
        "Demo: helping and enabling",
        draw_two_paths,
        {
            "en": "Two paths leave the same point. One goes straight up to a goal. The other loops back "
            "on itself and gets nowhere.",
            "es": "Dos caminos salen del mismo punto. Uno sube directo a una meta. El otro da vueltas "
            "sobre sí mismo y no llega a ningún lado.",
        },
    ),
    "stress-and-self-care": Illustration(
        "Demo: circles of care",
        draw_circles_of_care,
        {
            "en": "A dot in the middle stands for you, inside rings of support, with four people around them.",
            "es": "Un punto en el centro eres tú, dentro de anillos de apoyo, con cuatro personas alrededor.",
        },
    ),
}


def illustration_image(slug: str, illustration: Illustration):
    """The Wagtail image for an illustration, drawn and stored the first time."""
    Image = get_image_model()
    image = Image.objects.filter(title=illustration.title).first()
    if image is None:
        buffer = BytesIO()
        illustration.draw().save(buffer, format="PNG", optimize=True)
        image = Image(
            title=illustration.title,
            description=illustration.alt_text["en"],
            file=ImageFile(buffer, name=f"demo-{slug}.png"),
        )
        image.save()
    return image


def load_demo_illustrations(log: Callable[[str], None]) -> None:
    for slug, illustration in ILLUSTRATIONS.items():
        image = illustration_image(slug, illustration)
        for lesson in LessonPage.objects.filter(slug=slug).select_related("locale"):
            lesson = lesson.get_latest_revision_as_object()
            if any(block.block_type == "image" and block.value["image"].pk == image.pk for block in lesson.body):
                continue
            language = lesson.locale.language_code
            alt_text = illustration.alt_text.get(language, illustration.alt_text["en"])
            lesson.body.insert(1, ("image", {"image": image, "alt_text": alt_text, "caption": ""}))
            lesson.save_revision().publish()
            log(f"illustrated {lesson.url_path}")
