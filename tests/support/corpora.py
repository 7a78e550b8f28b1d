"""Shared test corpora live beside the checkout (../shared/corpora/), never copied into it."""

from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"


def read_corpus(name: str) -> list[str]:
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"corpus {name} is absent: it lives in ../shared/corpora/ beside the checkout (CI has it)")
    return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
