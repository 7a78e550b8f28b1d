"""Certificate PDFs with WeasyPrint: HTML and print CSS from templates/workshops/certificate.html.

Rendered by cms/pdf.py (shared with handouts). Two things matter beyond the looks:

- Cost. Building a FontConfiguration per render costs time and leaks memory in a long-running
  worker (about 22 MiB per 100 renders, measured in bench/). One configuration per process is
  reused for every render, behind a lock because Pango's font map is not thread-safe.
- Safety. The only resources a certificate may load are the project's own static and media
  files. `ProjectFilesFetcher` refuses everything else (file:// paths outside those folders,
  any network address), so neither a template edit nor a member's name can make the worker
  read /etc/passwd or call out. Names and titles reach the template as plain strings and are
  escaped by Django, never inserted as HTML.
"""

from dataclasses import dataclass

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

# The renderer, its font configuration and the safe fetcher are shared with handouts (cms/pdf.py).
from cms.pdf import (  # noqa: F401 - re-exported: certificates and their tests use them from here
    ProjectFilesFetcher,
    RefusedResource,
    font_config,
    html_to_pdf,
    qr_svg,
    sha256,
)

TEMPLATE = "workshops/certificate.html"
PAGE_SIZES = {"A4": "A4 landscape", "LETTER": "letter landscape"}


@dataclass(frozen=True)
class CertificateContent:
    """Everything a certificate prints. Plain strings: the template escapes them."""

    holder_name: str
    certificate_title: str
    program_name: str
    started_on: str
    completed_on: str
    sessions_attended: int
    sessions_total: int
    signatory_name: str
    signatory_title: str
    code_display: str
    verify_url: str
    logo_url: str = ""
    logo_alt: str = ""


def page_size() -> str:
    return PAGE_SIZES[settings.CERTIFICATE_PAGE_SIZE]


def certificate_html(content: CertificateContent, *, template: str = TEMPLATE) -> str:
    name_length = len(content.holder_name)
    name_size = "very-long" if name_length > 80 else "long" if name_length > 36 else "normal"
    return render_to_string(
        template,
        {
            "c": content,
            "qr_svg": mark_safe(qr_svg(content.verify_url)),  # noqa: S308 - segno's own SVG, no user text
            "page_size": page_size(),
            "name_size": name_size,
        },
    )


def render_certificate(content: CertificateContent, *, template: str = TEMPLATE) -> bytes:
    return html_to_pdf(certificate_html(content, template=template))
