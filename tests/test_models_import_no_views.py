"""Models sit below views and selectors: no module under */models/ imports either, at the top
or inside a function (an import inside a method is how a cycle gets hidden, not removed).

Pages name the patterns that serve them by dotted path instead (cms/page_routing.py)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("cms", "learning", "workshops")
LAYERS_ABOVE_MODELS = ("views", "page_views", "admin_views", "selectors")


def model_modules() -> list[Path]:
    files = []
    for app in APPS:
        files += (ROOT / app).rglob("models/*.py")
        files += (ROOT / app).rglob("models.py")
    return sorted(files)


def imported_names(tree: ast.AST):
    """Every dotted name an import statement brings in, with its line."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def is_above_models(name: str) -> bool:
    return any(part in LAYERS_ABOVE_MODELS for part in name.split("."))


def test_the_check_finds_an_import_inside_a_method():
    source = "class LessonPage:\n    def get_context(self):\n        from learning.selectors import lesson_context\n"
    assert [name for _, name in imported_names(ast.parse(source)) if is_above_models(name)] == [
        "learning.selectors",
        "learning.selectors.lesson_context",
    ]
    source = "def serve(self):\n    from learning import views\n"
    assert [name for _, name in imported_names(ast.parse(source)) if is_above_models(name)] == ["learning.views"]


def test_there_are_model_modules_to_check():
    names = {path.relative_to(ROOT).as_posix() for path in model_modules()}
    assert {"learning/models/pages.py", "workshops/models/pages.py", "cms/models/pages.py"} <= names


@pytest.mark.parametrize("path", model_modules(), ids=lambda path: path.relative_to(ROOT).as_posix())
def test_no_model_module_imports_views_or_selectors(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    offending = [f"line {line}: {name}" for line, name in imported_names(tree) if is_above_models(name)]
    assert offending == []
