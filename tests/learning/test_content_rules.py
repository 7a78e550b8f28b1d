"""Clinical and plain-language rules every lesson of the demo library keeps, in both languages.

They run over the data files in learning/content/ (tests/learning/content_text.py), so a lesson
added later is held to the same rules. They check what a machine can check; a clinician still
reviews every change (docs/content-review.md).
"""

import re

import pytest

from learning.content_files import read_modules
from tests.learning.content_text import (
    LANGUAGES,
    all_text,
    fernandez_huerta,
    flesch_kincaid_grade,
    lessons,
    prose,
    sentences,
)

EVERY_LESSON = [(where, lesson) for language in LANGUAGES for where, lesson in lessons(language)]
IDS = [where for where, _ in EVERY_LESSON]


@pytest.mark.parametrize(("where", "lesson"), EVERY_LESSON, ids=IDS)
def test_every_lesson_cites_its_sources_with_a_link(where, lesson):
    sources = [value for block_type, value in lesson["body"] if block_type == "sources"]
    assert sources, f"{where}: no sources block"
    urls = [item["url"] for value in sources for item in value["items"]]
    assert urls and all(url.startswith("https://") for url in urls), where


@pytest.mark.parametrize(("where", "lesson"), EVERY_LESSON, ids=IDS)
def test_every_lesson_reads_at_an_eighth_grade_level(where, lesson):
    text = prose(lesson)
    if where.startswith("en:"):
        assert flesch_kincaid_grade(text) <= 8, f"{where}: Flesch-Kincaid grade {flesch_kincaid_grade(text):.1f}"
    else:
        assert fernandez_huerta(text) >= 70, f"{where}: Fernández-Huerta {fernandez_huerta(text):.1f}"


# Families are among the risk and protective factors: no lesson may say, in absolute terms, that
# they play no part. (The Seven Cs a child says of a parent, "I didn't cause it", are not matched.)
ABSOLUTE_CAUSATION = [
    r"\b(families|family members|parents|you)\s+(do not|don't|did not|didn't|never|cannot|can't)\s+cause\b",
    r"\bnobody's fault\b",
    r"\b(las familias|los padres|tú)\s+no\s+(causan|causaron|causaste|causas|pueden causar)\b",
    r"\bno (la|lo) causaste\b",
    r"\bno causaste\b",
    r"\bno es culpa de nadie\b",
]


@pytest.mark.parametrize(("where", "lesson"), EVERY_LESSON, ids=IDS)
def test_no_lesson_says_families_play_no_part_in_addiction(where, lesson):
    text = all_text(lesson).replace("’", "'")
    for pattern in ABSOLUTE_CAUSATION:
        found = re.search(pattern, text, flags=re.IGNORECASE)
        assert found is None, f"{where}: {found.group(0)!r}"


# Lessons that tell the reader to give naloxone ("keep naloxone at hand" alone is not the steps).
GIVE_NALOXONE = re.compile(
    r"\b(give|giving|use)\b[^.]{0,20}\bnaloxone\b|\b(dale|darle|dar|usa|usar|administra)\b[^.]{0,20}\bnaloxona\b",
    re.IGNORECASE,
)
SECOND_DOSE = re.compile(r"\b(second dose|another dose|segunda dosis|otra dosis)\b", re.IGNORECASE)
STAY = re.compile(r"\b(stay with|quédate con|quedarte con|quedarse con)\b", re.IGNORECASE)
OVERDOSE_STEPS = re.compile(r"\b(911)\b")


@pytest.mark.parametrize(("where", "lesson"), EVERY_LESSON, ids=IDS)
def test_overdose_steps_include_a_second_dose_and_staying_with_the_person(where, lesson):
    """Naloxone wears off in 30-90 minutes and an overdose can come back (SAMHSA's toolkit)."""
    text = prose(lesson)
    if GIVE_NALOXONE.search(text) and OVERDOSE_STEPS.search(text):
        assert SECOND_DOSE.search(text), f"{where}: naloxone steps without a second dose"
        assert STAY.search(text), f"{where}: naloxone steps without staying with the person"


def test_the_overdose_steps_are_taught_in_both_languages():
    for language in LANGUAGES:
        taught = [where for where, lesson in lessons(language) if SECOND_DOSE.search(prose(lesson))]
        assert taught, language


DEATH = re.compile(r"\b(dying|death|deaths|die|mortality|morir|muerte|muertes|mortalidad)\b", re.IGNORECASE)


@pytest.mark.parametrize(("where", "lesson"), EVERY_LESSON, ids=IDS)
def test_the_lower_risk_of_death_is_claimed_for_methadone_and_buprenorphine_only(where, lesson):
    """Methadone and buprenorphine lower overdose deaths; that is not established for naltrexone.
    A claim that names no medicine ("They also lower...") is read with the two sentences before it."""
    found = sentences(prose(lesson))
    for position, sentence in enumerate(found):
        if not (DEATH.search(sentence) and re.search(r"overdose|sobredosis", sentence, re.IGNORECASE)):
            continue
        assert not re.search(r"naltrex", sentence, re.IGNORECASE), f"{where}: {sentence}"
        if not re.search(r"methadone|metadona|buprenorphine|buprenorfina", sentence, re.IGNORECASE):
            context = " ".join(found[max(position - 2, 0) : position + 1])
            assert not re.search(r"naltrex", context, re.IGNORECASE), f"{where}: {context}"
            assert not re.search(r"\b(medicines|medications|medicamentos|MOUD)\b", sentence, re.IGNORECASE), (
                f"{where}: {sentence}"
            )


# Spanish terms a health-literacy editor replaced (docs/content-review.md): anglicisms, leísmo and
# the wrong register. Forms that are right in another sense ("le dije") are not listed.
SPANISH_AVOIDED = [
    r"\bcondici[oó]n(es)? de salud\b",
    r"\bantojos?\b",
    r"\bcoach(es)?\b",
    r"\bremover sentimientos\b",
    r"\ble mantiene\b",
    r"\bllevarle\b",
    r"\bcubrirle\b",
    r"\bUna pareja, \d+",
    r"^Amistad\b",
]


@pytest.mark.parametrize(("where", "lesson"), list(lessons("es")), ids=[where for where, _ in lessons("es")])
def test_spanish_lessons_use_the_agreed_terms(where, lesson):
    text = all_text(lesson)
    for pattern in SPANISH_AVOIDED:
        found = re.search(pattern, text, flags=re.IGNORECASE | re.MULTILINE)
        assert found is None, f"{where}: {found.group(0)!r}"


def test_every_spanish_module_has_a_callout_for_latino_families():
    """Extended family, faith, interpreters, emergency care regardless of immigration status."""
    adapted = re.compile(r"latin|migratori|intérprete|familia extendida", re.IGNORECASE)
    for module in read_modules("es"):
        callouts = [
            f"{value['title']} {value['body']}"
            for lesson in module["lessons"]
            for block_type, value in lesson["body"]
            if block_type == "callout"
        ]
        assert any(adapted.search(callout) for callout in callouts), module["slug"]


def test_spanish_lessons_cite_nida_in_spanish_where_english_ones_cite_it():
    english_nida = "https://nida.nih.gov/publications/drugs-brains-behavior-science-addiction"
    spanish_nida = "https://nida.nih.gov/es/publicaciones/las-drogas-el-cerebro-y-la-conducta-la-ciencia-de-la-adiccion"
    spanish = {where.split(":", 1)[1]: lesson for where, lesson in lessons("es")}
    for where, lesson in lessons("en"):
        if english_nida in all_text_urls(lesson):
            assert spanish_nida in all_text_urls(spanish[where.split(":", 1)[1]]), where


def all_text_urls(lesson) -> set[str]:
    return {item["url"] for block_type, value in lesson["body"] if block_type == "sources" for item in value["items"]}
