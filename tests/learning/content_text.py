"""Reader-facing text of the demo library's data files (learning/content/), for the content tests.

Every lesson in every module folder is covered, so lessons added later are checked the same way.
The readability formulas count syllables with the small rules below (documented, no download):
good enough to compare lessons with a threshold, not to grade a single sentence.
"""

import html
import re
from pathlib import Path

from learning.content_files import CONTENT_DIR, read_modules

LANGUAGES = ("en", "es")
# Blocks whose text readers read as prose (sources and crisis lines are names and numbers).
PROSE_FIELDS = {
    "heading": ("text",),
    "callout": ("title", "body"),
    "quote": ("text",),
    "reflection_prompt": ("prompt", "hint"),
}


def lessons(language: str):
    """(module slug/lesson slug, lesson) for every lesson in one language."""
    for module in read_modules(language):
        for lesson in module["lessons"]:
            yield f"{language}:{module['slug']}/{lesson['slug']}", lesson


def lesson_files() -> list[Path]:
    return sorted(CONTENT_DIR.glob("*/*.yaml"))


def plain(markup: str) -> str:
    """HTML as sentences: every paragraph, list item and heading ends a sentence."""
    text = re.sub(r"</(p|li|h\d)>", ". ", markup)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"\s+", " ", re.sub(r"([.!?:;])\s*\.\s", r"\1 ", text)).strip()


def prose(lesson: dict) -> str:
    """The lesson's running text, each piece ending a sentence."""
    parts = [lesson["title"]]
    for block_type, value in lesson["body"]:
        if block_type == "paragraph":
            parts.append(value)
        elif block_type in PROSE_FIELDS:
            parts.extend(value.get(field) or "" for field in PROSE_FIELDS[block_type])
        elif block_type == "key_takeaways":
            parts.extend(value["items"])
        elif block_type == "knowledge_check":
            parts.append(value["question"])
            for option in value["options"]:
                parts.extend((option["text"], option["feedback"]))
    return " ".join(plain(f"<p>{part}</p>") for part in parts if part)


def all_text(lesson: dict) -> str:
    """Prose plus every other string in the lesson (sources, crisis intro)."""
    strings = [lesson["title"]]

    def walk(value):
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(lesson["body"])
    return " ".join(plain(f"<p>{string}</p>") for string in strings)


def sentences(text: str) -> list[str]:
    return [sentence for sentence in re.split(r"(?<=[.!?])\s+", text) if re.search(r"\w", sentence)]


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)*", text)


def english_syllables(word: str) -> int:
    """Vowel groups, less a silent final e (but not -le), at least one."""
    word = word.lower().replace("’", "'").split("'")[0]
    count = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1
    if word.endswith("ed") and not word.endswith(("ted", "ded")) and count > 1:
        count -= 1
    return max(count, 1)


STRONG = set("aeoáéíóú")
WEAK = set("iuü")


def spanish_syllables(word: str) -> int:
    """Vowel nuclei: a run of vowels is one syllable (diphthongs and triphthongs with i/u), plus
    one for every two strong vowels side by side (a hiatus: "le-er", "dí-a"); final y is a vowel."""
    word = word.lower()
    if word.endswith("y"):
        word = word[:-1] + "i"
    count = 0
    previous = ""
    for letter in word:
        if letter in STRONG or letter in WEAK:
            if previous not in STRONG and previous not in WEAK:
                count += 1
            elif letter in STRONG and previous in STRONG:
                count += 1
        previous = letter
    return max(count, 1)


def flesch_kincaid_grade(text: str) -> float:
    found = words(text)
    syllables = sum(english_syllables(word) for word in found)
    return 0.39 * len(found) / len(sentences(text)) + 11.8 * syllables / len(found) - 15.59


def fernandez_huerta(text: str) -> float:
    """206.84 - 60 x syllables per word - 1.02 x words per sentence (Fernández Huerta 1959, as
    corrected by Law 2011). 70 and above reads as "fairly easy"."""
    found = words(text)
    syllables = sum(spanish_syllables(word) for word in found)
    return 206.84 - 60 * syllables / len(found) - 1.02 * len(found) / len(sentences(text))
