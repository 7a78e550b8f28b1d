"""Knowledge checks, as rendered, do not give the right answer away by its place or its length.

Authors tend to put the right answer first and make it the longest; the page shows answers in an
order fixed by a hash of the check's id and each answer's text (learning.blocks), the same on every
reload. Rendered from the data files with the ids a fresh install gives them.
"""

import re
from collections import Counter
from types import SimpleNamespace

import pytest

from learning.blocks import KnowledgeCheckBlock, options_in_display_order
from learning.content_files import read_modules
from learning.demo import lesson_body
from tests.learning.content_text import LANGUAGES


def rendered_checks(language: str):
    """(stored indexes in the order shown, options) for every knowledge check in one language."""
    block = KnowledgeCheckBlock()
    id_prefix = "" if language == "en" else f"{language}/"
    for module in read_modules(language):
        for lesson in module["lessons"]:
            for raw in lesson_body(f"{id_prefix}{module['slug']}", lesson):
                if raw["type"] != "knowledge_check":
                    continue
                value = block.to_python(raw["value"])
                item = SimpleNamespace(block=SimpleNamespace(id=raw["id"]), answer_index=None, answered_option=None)
                html = block.render(value, context={"item": item, "value": value})
                shown = [int(index) for index in re.findall(r'name="option" id="[^"]+" value="(\d+)"', html)]
                yield shown, [option["value"] for option in raw["value"]["options"]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_right_answer_sits_in_no_one_place_and_is_not_usually_the_longest(language):
    positions = Counter()
    longest = 0
    checks = list(rendered_checks(language))
    assert len(checks) >= 10
    for shown, options in checks:
        assert sorted(shown) == list(range(len(options)))  # every answer shown once
        right = next(position for position, index in enumerate(shown) if options[index]["correct"])
        positions[right] += 1
        right_length = len(options[shown[right]]["text"])
        longest += right_length >= max(len(option["text"]) for option in options)
    assert max(positions.values()) <= 0.6 * len(checks), positions
    assert longest <= 0.6 * len(checks), f"right answer longest in {longest} of {len(checks)}"


def test_the_order_is_the_same_on_every_render_and_differs_between_checks():
    options = [{"text": f"Answer {letter}"} for letter in "ABCD"]
    first = options_in_display_order("check-1", options)
    assert options_in_display_order("check-1", options) == first
    assert sorted(index for index, _ in first) == [0, 1, 2, 3]
    orders = {tuple(index for index, _ in options_in_display_order(f"check-{n}", options)) for n in range(20)}
    assert len(orders) > 5
