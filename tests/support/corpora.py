"""Attack-string corpora vendored in tests/corpora/ (MIT, PayloadsAllTheThings; see PAYLOADS_SOURCE.txt there)."""

from pathlib import Path

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def read_corpus(name: str) -> list[str]:
    """Every non-blank line of tests/corpora/<name>, one payload each."""
    path = CORPORA / name
    return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
