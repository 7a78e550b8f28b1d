"""Read the demo library from its data files in learning/content/ (the layout is in its README.md).

One folder per module: `module.yaml` (slug, order, topic, and the title, summary and objectives in
each language) and one file per lesson and language, `<NN>-<lesson-slug>.<language>.yaml`, where
NN gives the lesson's place in the module. A lesson file holds `slug`, `title`, `minutes` and
`body`, a list of one-key mappings `{<block type>: <value>}` in the shape of the lesson's
StreamField blocks. Files are read with yaml.safe_load: they are data, never code.

Rich text (paragraphs, a callout's body, transcripts) is HTML written over several lines so a
reviewer can read it; a line break between two tags is dropped and any other line break is a
space, as a browser would show it.
"""

import re
from pathlib import Path

import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"
LANGUAGES = ("en", "es")
LESSON_FILE = re.compile(r"^(?P<order>\d+)-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<language>[a-z]{2})\.yaml$")
BLOCK_TYPES = {
    "heading",
    "paragraph",
    "callout",
    "quote",
    "knowledge_check",
    "reflection_prompt",
    "key_takeaways",
    "crisis_resources",
    "sources",
    "video",
}
# Block type -> the field holding rich text (None: the whole value is rich text).
RICH_TEXT_FIELDS = {"paragraph": None, "callout": "body", "video": "transcript"}
LESSON_KEYS = {"slug", "title", "minutes", "body"}


class ContentFileError(ValueError):
    """A data file that cannot be loaded; the message names the file and what is wrong."""


def rich_text(value: str) -> str:
    """HTML written over several lines, back to the one-line string the page stores."""
    text = ""
    for line in (line.strip() for line in value.strip().splitlines()):
        if not line:
            continue
        joiner = "" if not text or (text.endswith(">") and line.startswith("<")) else " "
        text += joiner + line
    return text


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ContentFileError(f"{path}: not valid YAML ({error})") from error
    if not isinstance(data, dict):
        raise ContentFileError(f"{path}: expected a mapping of fields at the top")
    return data


def _block(path: Path, position: int, item) -> tuple[str, object]:
    if not isinstance(item, dict) or len(item) != 1:
        raise ContentFileError(f"{path}: body item {position + 1} must be one `block type: value` pair")
    ((block_type, value),) = item.items()
    if block_type not in BLOCK_TYPES:
        raise ContentFileError(f"{path}: body item {position + 1} has an unknown block type {block_type!r}")
    if block_type in RICH_TEXT_FIELDS:
        field = RICH_TEXT_FIELDS[block_type]
        if field is None:
            value = rich_text(value)
        else:
            value = {**value, field: rich_text(value[field])}
    return block_type, value


def read_lesson(path: Path) -> dict:
    """One lesson file as {'slug', 'title', 'minutes', 'body': [(block type, value), ...]}."""
    match = LESSON_FILE.match(path.name)
    if match is None:
        raise ContentFileError(f"{path}: lesson files are named <NN>-<lesson-slug>.<language>.yaml")
    data = _read(path)
    missing = LESSON_KEYS - data.keys()
    if missing:
        raise ContentFileError(f"{path}: missing {', '.join(sorted(missing))}")
    if data["slug"] != match["slug"]:
        raise ContentFileError(f"{path}: slug {data['slug']!r} differs from the file name")
    if not isinstance(data["body"], list):
        raise ContentFileError(f"{path}: body must be a list of blocks")
    return {
        **data,
        "order": int(match["order"]),
        "body": [_block(path, position, item) for position, item in enumerate(data["body"])],
    }


def lesson_files(module_dir: Path, language: str) -> list[Path]:
    """A module's lesson files in one language, in their NN order."""
    found = []
    for path in module_dir.glob(f"*.{language}.yaml"):
        match = LESSON_FILE.match(path.name)
        if match is None:
            raise ContentFileError(f"{path}: lesson files are named <NN>-<lesson-slug>.<language>.yaml")
        found.append((int(match["order"]), match["slug"], path))
    return [path for _order, _slug, path in sorted(found)]


def read_modules(language: str, root: Path = CONTENT_DIR) -> list[dict]:
    """Every module with its text and lessons in one language, in module order.

    Same shape as each page's fields: {'slug', 'order', 'topic', 'title', 'summary', 'objectives',
    'lessons': [lesson, ...]}. A module with no text in that language is left out.
    """
    modules = []
    for module_file in sorted(root.glob("*/module.yaml")):
        data = _read(module_file)
        text = data.get(language)
        if not text:
            continue
        if data.get("slug") != module_file.parent.name:
            raise ContentFileError(f"{module_file}: slug {data.get('slug')!r} differs from the folder name")
        modules.append(
            {
                "slug": data["slug"],
                "order": data["order"],
                "topic": data.get("topic"),
                "title": text["title"],
                "summary": text["summary"],
                "objectives": list(text.get("objectives") or []),
                "lessons": [read_lesson(path) for path in lesson_files(module_file.parent, language)],
            }
        )
    return sorted(modules, key=lambda module: (module["order"], module["slug"]))
