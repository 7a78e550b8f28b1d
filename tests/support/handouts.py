"""Helpers for handout tests: read a stored PDF, count renders, keep the network out."""

import io
import socket
import urllib.request

import pytest
from pypdf import PdfReader

from cms import pdf


def pdf_reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pdf_reader(data).pages)


def pdf_language(data: bytes) -> str:
    return str(pdf_reader(data).trailer["/Root"].get("/Lang", ""))


def is_tagged(data: bytes) -> bool:
    root = pdf_reader(data).trailer["/Root"]
    return "/StructTreeRoot" in root and bool(root.get("/MarkInfo", {}).get("/Marked"))


def response_bytes(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def renders(monkeypatch):
    """Every HTML rendered to PDF (and the fetcher used), in order."""
    made = []
    original = pdf.html_to_pdf

    def counting(html, **kwargs):
        made.append((html, kwargs.get("fetcher")))
        return original(html, **kwargs)

    monkeypatch.setattr(pdf, "html_to_pdf", counting)
    return made


@pytest.fixture
def no_network(monkeypatch):
    """Fail loudly if anything opens a socket or reads a file through urllib."""

    def refuse(*args, **kwargs):
        raise AssertionError("the handout renderer tried to reach outside the project")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request.FileHandler, "open_local_file", refuse)


@pytest.fixture(autouse=False)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
