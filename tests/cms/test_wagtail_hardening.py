"""Wagtail set up so that uploads cannot become pages and the admin calls no third party."""

from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

Document = get_document_model()


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.mark.django_db
def test_documents_download_as_attachments_that_cannot_run(client, media):
    document = Document.objects.create(title="Worksheet", file=SimpleUploadedFile("worksheet.pdf", b"%PDF-1.4 test"))
    response = client.get(document.url)
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response["Content-Security-Policy"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["page.html", "page.htm", "drawing.svg", "script.js", "app.exe"])
def test_html_svg_and_scripts_cannot_be_uploaded_as_documents(media, name):
    document = Document(title="x", file=SimpleUploadedFile(name, b"<script>alert(1)</script>"))
    with pytest.raises(ValidationError):
        document.full_clean()


def test_svg_images_are_off():
    from django.conf import settings

    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert get_image_model()._meta.get_field("file")


def test_no_shared_password_private_pages():
    from django.conf import settings

    assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS == {"password": False}


@pytest.mark.django_db
def test_the_admin_asks_no_third_party_for_avatars_or_updates(client, clinician):
    client.force_login(clinician)
    html = client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()
    assert "releases.wagtail.io" not in html
