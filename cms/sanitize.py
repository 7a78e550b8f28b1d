"""The one place user-written HTML is cleaned. Every caller goes through this module.

Built on bleach (archived in 2026, 6.4 is its last release): keeping every call behind
this module makes replacing the engine a one-file change. The allowlist is deliberately
small; elements behind bleach's past mutation-XSS advisories (style, svg, math, noscript,
iframe, template) and comments are never allowed.
"""

import re
from functools import partial

import bleach
from bleach.linkifier import LinkifyFilter

ALLOWED_TAGS = frozenset({"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a"})
ALLOWED_ATTRIBUTES = {"a": ["href", "rel"]}
# Absolute http(s)/mailto links, or links within this site; anything else loses its href.
_SAFE_HREF = re.compile(r"^(https?://|mailto:|/(?!/)|#)", re.IGNORECASE)
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow noopener noreferrer"
_BLANK_LINES = re.compile(r"\n\s*\n")
_NEWLINES = re.compile(r"\s*\n\s*")
_EMPTY_PARAGRAPHS = re.compile(r"<p>\s*</p>")
_STARTS_WITH_BLOCK = re.compile(r"^<(p|ul|ol)\b", re.IGNORECASE)


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if name == "href":
        return bool(_SAFE_HREF.match(value.strip()))
    return name in ALLOWED_ATTRIBUTES.get(tag, [])


def _set_rel(attrs, new=False):
    attrs[(None, "rel")] = LINK_REL
    return attrs


_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=_allowed_attribute,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[partial(LinkifyFilter, callbacks=[_set_rel], parse_email=False)],
)


def clean_user_html(value: str) -> str:
    """Return `value` with only the allowlisted markup left. Idempotent."""
    return _cleaner.clean(value or "")


def plain_text_to_html(value: str) -> str:
    """Turn what someone typed into a textarea into clean paragraphs.

    Blank lines start paragraphs, single line breaks are kept, and any markup typed in
    goes through the same allowlist. Applying it to its own output changes nothing.
    """
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        return ""
    paragraphs = []
    for paragraph in _BLANK_LINES.split(text):
        paragraph = paragraph.strip()
        if _STARTS_WITH_BLOCK.match(paragraph):
            paragraphs.append(paragraph)
        elif paragraph:
            paragraphs.append("<p>" + paragraph.replace("\n", "<br>") + "</p>")
    # Line breaks are <br> by now; any newline left is markup layout, which renders as a space.
    cleaned = _NEWLINES.sub(" ", clean_user_html("".join(paragraphs)))
    return _EMPTY_PARAGRAPHS.sub("", cleaned).strip()


def html_to_plain_text(value: str) -> str:
    """The text of stored, already clean HTML, for editing it again in a textarea."""
    text = re.sub(r"<br\s*/?>", "\n", value or "", flags=re.IGNORECASE)
    text = re.sub(r"</p>\s*<p>", "\n\n", text, flags=re.IGNORECASE)
    text = re.sub(r"</li>\s*<li>", "\n", text, flags=re.IGNORECASE)
    stripped = bleach.clean(text, tags=set(), strip=True)
    return stripped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()
