"""Moving through a page by keyboard alone, checking at every stop that focus can be seen."""

from collections.abc import Callable

from playwright.sync_api import Page

# What the focused element is, and whether the browser draws a visible focus indicator on it
# (an outline of some width, or a box shadow) as our :focus-visible rules promise.
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const label = el.labels && el.labels.length ? el.labels[0].innerText : "";
    return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        type: el.getAttribute("type") || "",
        text: (label || el.getAttribute("aria-label") || el.innerText || el.value || "").trim(),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== "none",
    };
}"""


def focused(page: Page) -> dict | None:
    return page.evaluate(FOCUSED)


def tab_to(page: Page, matches: Callable[[dict], bool], *, backwards: bool = False, limit: int = 80) -> dict:
    """Press Tab (or Shift+Tab) until the focused element matches; every stop must show its focus."""
    key = "Shift+Tab" if backwards else "Tab"
    seen = []
    for _ in range(limit):
        page.keyboard.press(key)
        state = focused(page)
        if state is None:
            continue
        assert state["outline"] or state["shadow"], f"focus is not visible on {state}"
        if matches(state):
            return state
        seen.append(f"{state['tag']}#{state['id']} {state['text'][:40]!r}")
    raise AssertionError(f"never reached the element after {limit} presses of {key}; passed: {seen}")


def text_is(expected: str) -> Callable[[dict], bool]:
    return lambda state: " ".join(state["text"].split()) == expected


def id_is(expected: str) -> Callable[[dict], bool]:
    return lambda state: state["id"] == expected
