"""Refuse control characters at the door: one rule for every text field, query parameter and path.

NUL cannot be stored in PostgreSQL (the query fails, the visitor saw a 500), and the other C0
control characters (ESC, backspace, ...) have no place in anything a person types here: they end
up in PDFs, spreadsheets and calendars, where they break the file or hide text. Tab, line feed
and carriage return stay allowed (text areas send them).
"""

import re

from django.shortcuts import render
from django.utils.translation import gettext as _

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def has_control_characters(text: str) -> bool:
    return CONTROL_CHARACTERS.search(text) is not None


def request_has_control_characters(request) -> bool:
    if has_control_characters(request.path):
        return True
    for data in (request.GET, request.POST) if request.method == "POST" else (request.GET,):
        for key, values in data.lists():
            if has_control_characters(key) or any(has_control_characters(value) for value in values):
                return True
    return False


class RefuseControlCharactersMiddleware:
    """400 with a plain explanation, before any view or query sees the input."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request_has_control_characters(request):
            message = _(
                "Something you sent has a hidden control character in it. "
                "Please type the text again, or paste it as plain text."
            )
            return render(request, "cms/bad_input.html", {"message": message}, status=400)
        return self.get_response(request)
