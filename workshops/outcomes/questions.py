"""The check-in's questions as the member's form shows them: radio choices per kind, with what
was posted and any message, so the template only lays them out."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from learning.outcomes.blocks import AGREEMENT, FREE_TEXT, SCALE, YES_NO

AGREEMENT_LABELS = {
    1: _("Strongly disagree"),
    2: _("Disagree"),
    3: _("Not sure"),
    4: _("Agree"),
    5: _("Strongly agree"),
}
YES_NO_LABELS = {1: _("Yes"), 0: _("No")}


def choices(kind: str) -> list[tuple[int, str]]:
    if kind == AGREEMENT:
        return list(AGREEMENT_LABELS.items())
    if kind == SCALE:
        return [(value, str(value)) for value in range(11)]
    if kind == YES_NO:
        return list(YES_NO_LABELS.items())
    return []


def value_label(kind: str, value) -> str:
    """How a member reads their own answer: "Agree (4)", "7 of 10", "Yes"."""
    if value is None:
        return ""
    if kind == AGREEMENT:
        return f"{AGREEMENT_LABELS[value]} ({value})"
    if kind == YES_NO:
        return str(YES_NO_LABELS[value])
    return _("%(value)s of 10") % {"value": value}


@dataclass(frozen=True)
class Question:
    kind: str
    key: str
    name: str
    text: str
    choices: list
    posted: str
    error: str
    low_label: str = ""
    high_label: str = ""
    shared: bool = False  # the "share this comment anonymously" box, as posted

    @property
    def is_free_text(self) -> bool:
        return self.kind == FREE_TEXT


def form_questions(check_in, *, posted=None, errors=None) -> list[Question]:
    posted, errors = posted or {}, errors or {}
    questions = []
    for kind, item in check_in.questions:
        name = f"item-{item['key']}"
        questions.append(
            Question(
                kind=kind,
                key=item["key"],
                name=name,
                text=item["text"],
                choices=choices(kind),
                posted=posted.get(name, ""),
                error=errors.get(item["key"], ""),
                low_label=item.get("low_label") or "",
                high_label=item.get("high_label") or "",
                shared=posted.get(f"share-{item['key']}") == "yes",
            )
        )
    return questions
