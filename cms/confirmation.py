"""Words people type to confirm a deletion, in their own language.

The word is shown translated; the English word is always accepted too, so instructions
copied from an English guide still work.
"""

from django.utils.translation import pgettext_lazy

DELETE_WORD = ("delete", pgettext_lazy("word a member types to delete their account", "delete"))
ERASE_WORD = ("ERASE", pgettext_lazy("word staff type to erase a member", "ERASE"))


def shown(word: tuple) -> str:
    return str(word[1])


def confirmation_matches(typed: str, word: tuple) -> bool:
    english, translated = word
    return (typed or "").strip() in {english, str(translated)}
