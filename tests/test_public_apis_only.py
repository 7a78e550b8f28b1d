"""The project uses only the public side of the frameworks it runs on: no private module
(`allauth.*.internal`, a `_name` module), no private name imported from one, and no `_name`
attribute of someone else's object beyond the few Django documents. A framework upgrade may
change what is private without notice; what is public it deprecates first.

Our own memo attributes on Django's objects (a request, a user) are named `_kinship_…`, so they
cannot collide with a framework's."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CODE = ("cms", "learning", "workshops", "bench", "docs")
FRAMEWORKS = ("django", "wagtail", "allauth", "django_tasks", "django_tasks_db", "modelcluster", "treebeard")
# Underscored names Django documents as public: the model _meta API, the default manager, and a
# named tuple's methods.
DOCUMENTED = {"_meta", "_default_manager", "_base_manager", "_replace", "_asdict", "_fields", "_make"}
OWN_PREFIX = "_kinship_"
ATTRIBUTE_BUILTINS = {"hasattr", "getattr", "setattr", "delattr"}


def project_modules() -> list[Path]:
    files = []
    for folder in CODE:
        files += [path for path in (ROOT / folder).rglob("*.py") if "migrations" not in path.parts]
    return sorted(files)


def is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__") and name not in DOCUMENTED


def private_uses(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in FRAMEWORKS:
            parts = node.module.split(".")
            if "internal" in parts or any(is_private(part) for part in parts):
                found.append(f"line {node.lineno}: from {node.module}")
            found += [f"line {node.lineno}: {alias.name}" for alias in node.names if is_private(alias.name)]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] in FRAMEWORKS and ("internal" in parts or any(is_private(p) for p in parts)):
                    found.append(f"line {node.lineno}: import {alias.name}")
        elif isinstance(node, ast.Attribute) and is_private(node.attr) and not node.attr.startswith(OWN_PREFIX):
            owner = node.value
            if not (isinstance(owner, ast.Name) and owner.id in ("self", "cls")):
                found.append(f"line {node.lineno}: .{node.attr}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ATTRIBUTE_BUILTINS
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and is_private(node.args[1].value)
            and not node.args[1].value.startswith(OWN_PREFIX)
        ):
            found.append(f"line {node.lineno}: {node.func.id}(…, {node.args[1].value!r})")
    return found


@pytest.mark.parametrize("path", project_modules(), ids=lambda path: str(path.relative_to(ROOT)))
def test_only_public_framework_names(path):
    assert private_uses(ast.parse(path.read_text(), filename=str(path))) == []


def test_the_check_finds_each_kind_of_private_use():
    code = """
from allauth.account.internal.flows.login import record_authentication
from django.db.models.query import _BaseQuerySet
import wagtail._private
queryset._raw_delete(queryset.db)
getattr(user, "_perm_cache", None)
request._kinship_memo = 1
self._own = 2
model._meta.label
"""
    assert sorted(private_uses(ast.parse(code))) == [
        "line 2: from allauth.account.internal.flows.login",
        "line 3: _BaseQuerySet",
        "line 4: import wagtail._private",
        "line 5: ._raw_delete",
        "line 6: getattr(…, '_perm_cache')",
    ]
