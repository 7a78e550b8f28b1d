"""The certificate PDF: real, complete, readable by a QR scanner, and right for every name."""

import io
import subprocess

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from tests.workshops.certificates.helpers import pdf_text
from workshops.certificates import pdf

VERIFY_URL = "http://testserver/certificates/verify/K7QX3MZD92TAHRWE/"

LONG_NAME = ("Ana María de la Cruz Fernández-Öztürk " * 4)[:119] + "Z"  # 120 characters
NAMES = [
    "Zoë Ñúñez-O'Brien",
    "Анна Петрова",
    "محمد",
    "שרה כהן",
    "王小明",
    "<b>Bold</b> & <script>",
    LONG_NAME,
    "🙂 Sam",
]


def content(**overrides) -> pdf.CertificateContent:
    values = {
        "holder_name": "Zoë Ñúñez-O'Brien",
        "certificate_title": "Family Skills Series",
        "program_name": "Kinship",
        "started_on": "March 4, 2030",
        "completed_on": "April 1, 2030",
        "sessions_attended": 4,
        "sessions_total": 5,
        "signatory_name": "Dr. Casey Rivera",
        "signatory_title": "Program director",
        "code_display": "K7QX-3MZD-92TA-HRWE",
        "verify_url": VERIFY_URL,
    }
    return pdf.CertificateContent(**{**values, **overrides})


def has_cjk_font() -> bool:
    listed = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False)  # noqa: S607
    return bool(listed.stdout.strip())


def squeeze(text: str) -> str:
    return "".join(text.split())


def test_the_pdf_is_a_real_one_page_pdf_with_name_title_and_code():
    """pypdf reads it and finds the holder's name, the certificate title and the verification code."""
    data = pdf.render_certificate(content())
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = pdf_text(data)
    for expected in ("Zoë Ñúñez-O'Brien", "Family Skills Series", "K7QX-3MZD-92TA-HRWE", "Dr. Casey Rivera"):
        assert expected in text
    assert "attended 4 of 5 sessions" in text


def test_the_qr_code_in_the_pdf_decodes_to_the_verification_url():
    """The page is rasterised (PDFium) and read by a QR decoder (zxing-cpp), as a phone would."""
    data = pdf.render_certificate(content())
    image = pypdfium2.PdfDocument(data)[0].render(scale=3).to_pil()
    decoded = [barcode.text for barcode in zxingcpp.read_barcodes(image)]
    assert decoded == [VERIFY_URL]


@pytest.mark.parametrize("name", NAMES)
def test_every_name_renders_as_plain_text(name):
    """No exception, the name is in the PDF's text, and markup in it is printed, never interpreted."""
    data = pdf.render_certificate(content(holder_name=name))
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    text = pdf_text(data)
    if name.startswith("🙂"):
        assert "🙂 Sam" in " ".join(text.split())  # the shipped monochrome Noto Emoji, whatever the host has
    elif name == "王小明" and not has_cjk_font():
        assert text  # rendered without breaking; the glyphs need fonts-noto-cjk (which .ci/run installs)
    else:
        assert squeeze(name) in squeeze(text)


def test_the_long_name_is_120_characters():
    assert len(LONG_NAME) == 120


def test_markup_in_a_name_is_escaped_in_the_html():
    html = pdf.certificate_html(content(holder_name="<b>Bold</b> & <script>alert(1)</script>"))
    assert "<b>Bold</b>" not in html and "<script>alert" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;" in html


@pytest.mark.parametrize(("setting", "width_pt", "height_pt"), [("A4", 842, 595), ("LETTER", 792, 612)])
def test_page_size_is_a4_or_letter_landscape(settings, setting, width_pt, height_pt):
    settings.CERTIFICATE_PAGE_SIZE = setting
    box = PdfReader(io.BytesIO(pdf.render_certificate(content()))).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (width_pt, height_pt)


def test_renders_reuse_one_font_configuration():
    """A fresh FontConfiguration per render leaks memory in a long-running worker (bench/README.md)."""
    pdf.render_certificate(content())
    first = pdf.font_config()
    pdf.render_certificate(content(holder_name="Анна Петрова"))
    assert pdf.font_config() is first


def test_the_emoji_name_is_in_the_text_layer_with_no_system_fonts_at_all(tmp_path):
    """Fontconfig is given an empty configuration (no font folders): the shipped fonts alone render
    "🙂 Sam", emoji included, in the PDF's text layer."""
    import os
    import sys
    from pathlib import Path

    fonts_conf = tmp_path / "fonts.conf"
    fonts_conf.write_text(f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path}/cache</cachedir></fontconfig>')
    script = (
        "import django, io; django.setup();"
        "from pypdf import PdfReader;"
        "from workshops.certificates import pdf;"
        "from tests.workshops.certificates.test_pdf import content;"
        "data = pdf.render_certificate(content(holder_name='🙂 Sam'));"
        "print(repr(''.join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)))"
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts_conf), "DJANGO_SETTINGS_MODULE": "cms.settings"}
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
        [sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout.strip().splitlines()[-1]
    assert "🙂 Sam" in squeeze_spaces(eval(text))  # noqa: S307 - repr() of a str we printed ourselves
    # And the empty configuration really hid the system's fonts.
    listed = subprocess.run(["fc-list"], env=env, capture_output=True, text=True, check=False)  # noqa: S607
    assert listed.stdout.strip() == ""


def squeeze_spaces(text: str) -> str:
    return " ".join(text.split())
