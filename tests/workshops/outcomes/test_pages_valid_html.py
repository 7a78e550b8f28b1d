"""The check-in pages the shared tour cannot reach (its member has already agreed) are valid HTML."""

import pytest

from tests.factories import UserFactory
from tests.test_valid_html import needs_java, save, vnu_errors
from tests.workshops.builders import enroll, make_cohort
from tests.workshops.outcomes.builders import workshop_with_check_ins


@needs_java
@pytest.mark.django_db
def test_who_sees_what_and_the_refusal_pages_are_valid_html(client, tmp_path):
    enrollment = enroll(make_cohort(workshop_with_check_ins()[0]), UserFactory())
    client.force_login(enrollment.member)
    url = f"/workshops/enrollments/{enrollment.pk}/check-in/before/"
    pages = tmp_path / "pages"
    pages.mkdir()
    save(pages, "member who sees what", client.get(url).content.decode())
    save(pages, "member check-in in spanish", client.get("/es" + url).content.decode())
    client.post(url + "consent/", {"choice": "decline"})
    save(pages, "member declined", client.get(url).content.decode())
    assert vnu_errors(pages) == {}
