"""WeasyPrint may load only the project's own static and media files: never a file elsewhere on
the machine, never the network, whatever a template or a name contains."""

import socket
import urllib.request

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from tests.workshops.certificates.helpers import pdf_text
from tests.workshops.certificates.test_pdf import content
from workshops.certificates import pdf

SITE = "http://testserver"
PASSWD = "file:///etc/passwd"
EXTERNAL = "https://tracker.example.org/pixel.png"


@pytest.fixture
def no_network_no_files(monkeypatch):
    """Fail loudly if anything tries to open a socket or read a file through urllib."""

    def refuse(*args, **kwargs):
        raise AssertionError("the certificate renderer tried to reach outside the project")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request.FileHandler, "open_local_file", refuse)


@pytest.mark.parametrize(
    "url",
    [
        PASSWD,
        "file:///proc/self/environ",
        EXTERNAL,
        "http://127.0.0.1:5432/",
        "ftp://example.org/x.png",
        f"{SITE}/static/../../../../etc/passwd",
        f"{SITE}/media/../../../etc/passwd",
        f"{SITE}/admin/",
        "https://testserver.evil.example/static/cms/css/kinship.css",
    ],
)
def test_the_fetcher_refuses_anything_outside_static_and_media(url, no_network_no_files):
    fetcher = pdf.ProjectFilesFetcher()
    with pytest.raises(pdf.RefusedResource):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_the_fetcher_serves_the_projects_static_and_media_files(no_network_no_files):
    default_storage.save("original_images/logo.png", ContentFile(b"\x89PNG fake"))
    fetcher = pdf.ProjectFilesFetcher()
    css = fetcher.fetch(f"{SITE}/static/cms/css/kinship.css")
    assert b"{" in css.read()
    assert fetcher.fetch(f"{SITE}/media/original_images/logo.png").read() == b"\x89PNG fake"
    assert fetcher.fetch("data:text/plain,hello").read() == b"hello"
    assert fetcher.refused == []


def test_a_file_url_inside_static_files_is_allowed_and_a_symlink_out_is_not(settings, tmp_path):
    media = tmp_path / "media"
    media.mkdir(exist_ok=True)
    (media / "ok.txt").write_text("fine")
    (media / "escape.txt").symlink_to("/etc/passwd")
    fetcher = pdf.ProjectFilesFetcher()
    assert fetcher.fetch(f"file://{media / 'ok.txt'}").read() == b"fine"
    with pytest.raises(pdf.RefusedResource):
        fetcher.fetch(f"file://{media / 'escape.txt'}")


def test_a_template_with_a_local_file_and_an_external_image_fetches_nothing(no_network_no_files):
    """An edited template cannot make the worker read /etc/passwd or call out: both are refused,
    the PDF still renders, and nothing of /etc/passwd is in it."""
    html = pdf.certificate_html(content()).replace(
        "</body>", f'<img src="{PASSWD}"><img src="{EXTERNAL}"><link rel="stylesheet" href="{EXTERNAL}"></body>'
    )
    fetcher = pdf.ProjectFilesFetcher()
    data = pdf.html_to_pdf(html, fetcher=fetcher)
    assert sorted(set(fetcher.refused)) == sorted({PASSWD, EXTERNAL})
    assert "root:" not in pdf_text(data)


def test_a_name_with_an_image_tag_is_text_and_fetches_nothing(monkeypatch, no_network_no_files):
    """The name is escaped, so WeasyPrint never sees an <img>: no fetch is even attempted."""
    attempts = []
    original = pdf.ProjectFilesFetcher.fetch
    monkeypatch.setattr(
        pdf.ProjectFilesFetcher, "fetch", lambda self, url, headers=None: attempts.append(url) or original(self, url)
    )
    name = f'<img src="{PASSWD}"> <img src="{EXTERNAL}">'
    data = pdf.render_certificate(content(holder_name=name))
    assert attempts == []
    assert "<img" in pdf_text(data)
