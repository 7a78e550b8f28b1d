"""NUL and other control characters get a 400 with a plain message, wherever they come in."""

from http import HTTPStatus

import pytest

from tests.learning.builders import make_module, paragraph


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path", "data"),
    [
        ("get", "/learn/search/", {"q": "a\x00b"}),
        ("get", "/calendar/abc%00def.ics", {}),
        ("get", "/certificates/verify/AB%1BCD/", {}),
        ("post", "/accounts/signup/", {"display_name": "Robin\x1b[2J", "email": "r@example.org"}),
        ("post", "/workshops/sessions/1/apology/", {"note": "sorry\x00"}),
    ],
)
def test_control_characters_are_refused_with_a_message(client, method, path, data):
    response = getattr(client, method)(path, data)
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "hidden control character" in response.content.decode()


@pytest.mark.django_db
def test_tabs_and_line_breaks_in_text_are_fine(client):
    response = client.get("/learn/search/", {"q": "family\tsupport\r\n"})
    assert response.status_code == HTTPStatus.OK


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['"unbalanced', "'half", "<b>bold</b>", "NEAR(a", "(", "*", "a OR"])
def test_search_reads_quotes_and_brackets_as_plain_words(client, query):
    make_module(lessons=1, body=[paragraph("Detachment with love.")])
    assert client.get("/learn/search/", {"q": query}).status_code == HTTPStatus.OK
