"""Terms a Spanish health-literacy editor struck out (docs/spanish-style.md) stay out of the
interface catalog and of every Spanish content source.

Scanned: the catalog's translations, the workshops' Spanish demo texts, and the Spanish lesson
files under learning/content/ (*.es.yaml) wherever they exist.
"""

import ast
import re
from pathlib import Path

import polib
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# Each banned form, and why (the style guide gives the term to use instead).
BANNED = {
    r"condici[oó]n(es)? de salud": "a calque of 'health condition': use trastorno, afección or problema de salud",
    r"\bantojos?\b": "reads as a food craving: use 'deseo intenso de consumir'",
    r"coach(es)? de recuperación": "use 'mentores de recuperación' or 'acompañantes de recuperación'",
    r"remover (los |tus |sus )?sentimientos": "reads as 'remove': use 'despertar sentimientos fuertes'",
    r"\ble mantiene\b": "leísmo: use 'lo/la mantiene'",
    r"\bllevarle\b": "leísmo: use 'llevarlo/llevarla'",
    r"\bcubrirle\b": "leísmo: use 'cubrirlo/cubrirla'",
    r"Una pareja, 41 años": "reads as a couple: say whose partner ('Mi pareja tiene 41 años')",
    r"Grupo de la tarde": "an evening group is 'Grupo de la noche'",
}
PATTERN = re.compile("|".join(f"(?:{rule})" for rule in BANNED), re.IGNORECASE)


def catalog_texts() -> list[tuple[str, str]]:
    catalog = polib.pofile(str(ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"))
    return [
        (f"catalog: {entry.msgid[:60]!r}", text)
        for entry in catalog
        for text in [entry.msgstr, *entry.msgstr_plural.values()]
        if text
    ]


def python_strings(path: Path) -> list[tuple[str, str]]:
    """Every string literal in a Python content file (adjacent literals already joined)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (f"{path.relative_to(ROOT)}:{node.lineno}", node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def spanish_content_texts() -> list[tuple[str, str]]:
    texts = python_strings(ROOT / "workshops" / "demo_content_es.py")
    for path in sorted((ROOT / "learning" / "content").glob("**/*.es.yaml")):
        texts += [(f"{path.relative_to(ROOT)}:{n}", line) for n, line in enumerate(path.read_text().splitlines(), 1)]
    return texts


def banned_in(texts: list[tuple[str, str]]) -> list[str]:
    return [f"{where}: {match.group(0)!r}" for where, text in texts for match in PATTERN.finditer(text)]


def test_the_check_finds_every_banned_form():
    for sample in (
        "una condición de salud",
        "los antojos",
        "coaches de recuperación",
        "remover sentimientos",
        "le mantiene",
        "llevarle",
        "cubrirle",
        "Una pareja, 41 años",
        "Grupo de la tarde",
    ):
        assert banned_in([("sample", sample)]), sample


def test_the_interface_catalog_uses_the_agreed_terms():
    texts = catalog_texts()
    assert len(texts) > 500
    assert banned_in(texts) == []
    assert dict(texts).get("catalog: 'Friend'") == "Amigo/a"


def test_spanish_content_uses_the_agreed_terms():
    texts = spanish_content_texts()
    assert len(texts) > 50  # the workshops' Spanish demo texts at least
    assert banned_in(texts) == []


def all_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in all_strings(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in all_strings(item)]
    return []


def test_a_workshop_instruction_speaks_to_one_addressee():
    """An instruction says "tú" to one person or "ustedes" to a pair or group, never both (texts
    as the sessions are built, shared endings included)."""
    from workshops.demo_content_es import WORKSHOPS

    tu = re.compile(
        r"\b(Practica|Convierte|Escribe|Comparte|Fíjate|Usa|Prueba|Haz|Lee|Dibuja|Di|Puedes|dile|has vivido)\b"
    )
    ustedes = re.compile(r"\b(compartan|Cambien|Representen|Practiquen|practiquen|Acuerden|pueden)\b")
    mixed = [text for text in all_strings(WORKSHOPS) if tu.search(text) and ustedes.search(text)]
    assert mixed == []
