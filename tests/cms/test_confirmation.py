"""The word typed to confirm a deletion is shown in the reader's language; English always works."""

from django.utils import translation

from cms.confirmation import DELETE_WORD, ERASE_WORD, confirmation_matches, shown


def test_spanish_readers_see_and_may_type_the_spanish_word_or_the_english_one():
    with translation.override("es"):
        assert shown(DELETE_WORD) == "eliminar" and shown(ERASE_WORD) == "BORRAR"
        assert confirmation_matches(" eliminar ", DELETE_WORD)
        assert confirmation_matches("delete", DELETE_WORD)
        assert confirmation_matches("BORRAR", ERASE_WORD) and confirmation_matches("ERASE", ERASE_WORD)
        assert not confirmation_matches("borrar", ERASE_WORD)  # capitals, as the label asks
        assert not confirmation_matches("", DELETE_WORD)


def test_english_readers_type_the_english_word():
    with translation.override("en"):
        assert shown(DELETE_WORD) == "delete"
        assert confirmation_matches("delete", DELETE_WORD) and not confirmation_matches("eliminar", DELETE_WORD)
