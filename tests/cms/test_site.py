"""The public site: home, section indexes, security headers, site settings in the layout."""

from http import HTTPStatus

import pytest
from wagtail.models import Site

from cms.models import HomePage, SiteSettings


@pytest.mark.django_db
def test_home_serves_the_program_name(client):
    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.program_name = "Harbor Family Program"
    settings_row.save()
    response = client.get("/")
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "Harbor Family Program" in html
    assert 'href="/learn/"' in html and 'href="/workshops/"' in html


@pytest.mark.django_db
# Two queries of each page are for languages: the active Locale (Wagtail serves the page in the
# reader's language) and the page's translations (hreflang links and the language switcher).
@pytest.mark.parametrize(
    ("path", "budget"),
    [("/", 10), ("/learn/", 10), ("/workshops/", 12), ("/es/", 11), ("/es/learn/", 11), ("/es/workshops/", 13)],
)
def test_public_pages_answer_and_stay_within_a_query_budget(client, path, budget, django_assert_max_num_queries):
    client.get(path)  # warm Wagtail's site-root cache, as any running process has
    with django_assert_max_num_queries(budget):
        response = client.get(path)
    assert response.status_code == HTTPStatus.OK


@pytest.mark.django_db
def test_footer_lists_the_programs_crisis_lines(client):
    html = client.get("/").content.decode()
    assert "988 Suicide &amp; Crisis Lifeline" in html
    assert 'href="tel:988"' in html
    assert 'href="sms:988"' in html


@pytest.mark.django_db
def test_every_public_page_has_a_skip_link_and_a_quick_exit(client):
    html = client.get("/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert 'id="main"' in html
    assert "data-quick-exit" in html
    assert 'href="/leave/"' in html  # signs out on the way to the neutral site


@pytest.mark.django_db
def test_public_pages_send_the_security_headers(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert "'unsafe-inline'" not in directives["script-src"]
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_public_pages_load_no_third_party_script_or_style(client):
    html = client.get("/").content.decode()
    for tag in ("<script", "<link"):
        for fragment in html.split(tag)[1:]:
            head = fragment.split(">", 1)[0]
            assert "http://" not in head and "https://" not in head and "//" not in head.replace("://", ""), head
    assert "<script>" not in html  # no inline script


@pytest.mark.django_db
def test_the_admin_gets_its_own_policy(client, clinician):
    client.force_login(clinician)
    csp = client.get("/admin/")["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in csp


@pytest.mark.django_db
def test_static_files_are_served_by_the_project(client):
    # With DEBUG=0 the test suite serves app static files through whitenoise's finders.
    from django.templatetags.static import static

    assert static("cms/css/kinship.css").startswith("/static/")


@pytest.mark.django_db
def test_site_tree_is_home_with_library_and_workshops():
    home = HomePage.objects.get(locale__language_code="en")
    children = {child.slug: child.specific_class.__name__ for child in home.get_children()}
    assert children == {"learn": "LibraryPage", "workshops": "WorkshopIndexPage"}
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
