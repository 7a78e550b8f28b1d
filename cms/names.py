"""One rule for a person's name, wherever it is stored or printed (display name, printed name,
certificate holder, rosters, exports, sheets).

- Bidi controls go: U+202E made "certificate\u202efdp.exe" read "certificateexe.pdf".
- Zero-width and other invisible format characters go: a hidden U+200B made a genuine
  certificate fail the public name check. Two stay where they carry meaning: the zero-width
  joiner between two emoji (👩‍👩‍👧‍👦 stays one family, not four people) and the zero-width
  non-joiner between two letters (Persian and Indic names need it).
- Control characters go (ESC reached the PDF and the CSV); line breaks and tabs become a space.
- Runs of spaces become one, ends are trimmed, and the text is NFC (one form for "é").
"""

import re
import unicodedata

ZWJ, ZWNJ = "\u200d", "\u200c"
BREAKS = re.compile(r"[\r\n\t\v\f\x85\u2028\u2029]+")


def is_emoji_part(ch: str) -> bool:
    """A pictograph, a skin-tone modifier or the emoji variation selector."""
    return bool(ch) and (unicodedata.category(ch) in ("So", "Sk") or ch == "\ufe0f" or 0x1F000 <= ord(ch) <= 0x1FAFF)


def is_letter(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch)[0] in ("L", "M")


def normalise_name(name: str | None, *, max_length: int | None = None) -> str:
    text = BREAKS.sub(" ", unicodedata.normalize("NFC", name or ""))
    kept = []
    for index, ch in enumerate(text):
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        if ch == ZWJ:
            if is_emoji_part(before) and is_emoji_part(after):
                kept.append(ch)
        elif ch == ZWNJ:
            if is_letter(before) and is_letter(after):
                kept.append(ch)
        elif 0xE0020 <= ord(ch) <= 0xE007F:  # tag characters: only inside a flag emoji
            if is_emoji_part(before) or 0xE0020 <= ord(before or " ") <= 0xE007F:
                kept.append(ch)
        elif unicodedata.category(ch) not in ("Cc", "Cf", "Co", "Cs", "Cn"):
            kept.append(ch)
    cleaned = " ".join("".join(kept).split())
    return cleaned[:max_length].rstrip() if max_length else cleaned
