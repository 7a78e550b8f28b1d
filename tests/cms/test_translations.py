"""The Spanish catalog is complete, compiled, and up to date with the code.

A fresh machine has only Python (no gettext), so the compiled .mo is committed: these tests
make sure it matches the .po, and that `makemessages` would find nothing new to translate.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
PO = LOCALE_DIR / "es" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
GETTEXT = all(shutil.which(tool) for tool in ("xgettext", "msgmerge", "msguniq", "msgattrib", "msgfmt"))


def _key(entry) -> tuple:
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def _catalog_problems(po: polib.POFile) -> list[str]:
    problems = [f"untranslated: {entry.msgid!r}" for entry in po.untranslated_entries()]
    problems += [f"fuzzy: {entry.msgid!r}" for entry in po.fuzzy_entries()]
    return problems


def test_the_spanish_catalog_has_no_untranslated_or_fuzzy_entry():
    problems = _catalog_problems(polib.pofile(str(PO)))
    assert not problems, f"{len(problems)} entries of {PO.name} need a Spanish translation:\n" + "\n".join(
        problems[:50]
    )


def test_the_check_catches_an_untranslated_and_a_fuzzy_entry():
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Hello", msgstr=""))
    po.append(polib.POEntry(msgid="Bye", msgstr="Adiós", flags=["fuzzy"]))
    po.append(polib.POEntry(msgid="Yes", msgstr="Sí"))
    assert _catalog_problems(po) == ["untranslated: 'Hello'", "fuzzy: 'Bye'"]


def test_the_committed_mo_is_compiled_from_the_committed_po():
    po = polib.pofile(str(PO))
    mo = polib.mofile(str(MO))
    # Compared by content, not by file times: a git checkout sets every file's time anew.
    assert _same(po, mo), "locale/es/LC_MESSAGES/django.mo differs from django.po: run compilemessages -l es"


def _same(po: polib.POFile, mo: polib.MOFile) -> bool:
    def translations(catalog, entries):
        return {
            _key(entry): (entry.msgstr, tuple(sorted(entry.msgstr_plural.items())))
            for entry in entries
            if entry.msgid and (entry.msgstr or any(entry.msgstr_plural.values()))
        }

    compiled = [entry for entry in po if not entry.obsolete and "fuzzy" not in entry.flags]
    return translations(po, compiled) == translations(mo, mo)


@pytest.mark.skipif(not GETTEXT, reason="the gettext programs (xgettext, msgmerge, ...) are not installed")
def test_makemessages_finds_no_string_missing_from_the_catalog(tmp_path):
    """Run makemessages on a copy of the code: every msgid it finds must already be in the catalog."""
    root = Path(settings.BASE_DIR)
    copy = tmp_path / "kinship"
    ignore = shutil.ignore_patterns(
        ".venv", "node_modules", ".git", "media", "staticfiles", "__pycache__", "*.sqlite3*", ".pytest_cache"
    )
    shutil.copytree(root, copy, ignore=ignore, symlinks=True)
    result = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", "makemessages", "-l", "es", "--ignore=.venv", "--ignore=node_modules", "-v0"],
        cwd=copy,
        env={**os.environ, "DEBUG": "1", "PYTHONPATH": str(copy)},
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    committed = {_key(entry) for entry in polib.pofile(str(PO)) if not entry.obsolete}
    found = {_key(entry) for entry in polib.pofile(str(copy / "locale" / "es" / "LC_MESSAGES" / "django.po"))}
    missing = sorted(str(key[1]) for key in found - committed)
    assert not missing, "run makemessages -l es and translate:\n" + "\n".join(missing[:50])
