"""Spanish typography checks shared by the unit and browser tests (RAE/Fundéu): day and month
names are lowercase unless they start a sentence or a line."""

import re

NAMES = (
    "Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio"
    "|Agosto|Septiembre|Setiembre|Octubre|Noviembre|Diciembre"
)
# A capitalised name with a word before it on the same line that does not end a sentence.
MID_SENTENCE = re.compile(rf"[^\s.!?¡¿:·•–—\-(\[]\s+(?:{NAMES})\b|(?:\bde|\bel|\bdel|\bdesde|\bhasta)\s+(?:{NAMES})\b")


def capitalised_names_mid_sentence(text: str) -> list[str]:
    """Each line of `text` where a day or month name is capitalised mid-sentence."""
    return [line.strip() for line in text.splitlines() if MID_SENTENCE.search(line)]


def visible_lines(html: str) -> str:
    """The page's text, one line per element, roughly as a reader sees it."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"</?(p|li|h\d|td|th|tr|div|section|article|header|footer|nav|br|dt|dd|ul|ol)\b[^>]*>", "\n", html)
    text = re.sub(r"<[^>]+>", "", html)
    return "\n".join(re.sub(r"\s+", " ", line).strip() for line in text.splitlines() if line.strip())
