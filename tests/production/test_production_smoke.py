"""The documented production path, for real: DEBUG=0, `run_production` (gunicorn + run_worker +
run_scheduler), Redis, and the same database engine as the rest of the suite (tests/production/conftest.py).

The tests run in file order: the Redis outage comes last."""

import os
import re
import signal
from collections import Counter

import requests

from tests.production.conftest import wait_for


def test_pages_images_and_health_answer_in_production_mode(live_site):
    for path in ("/", "/learn/", live_site.data["lesson_url"], "/workshops/"):
        assert live_site.get(path).status_code == 200, path
    html = live_site.get(live_site.data["lesson_url"]).text
    images = set(re.findall(r'(?:src|srcset)="(/media/[^" ,]+)', html))
    assert images, "the illustrated lesson shows its image"
    for url in images:
        response = live_site.get(url)
        assert response.status_code == 200 and response.headers["Content-Type"].startswith("image/"), url
    assert live_site.get("/healthz/").json() == {"status": "ok"}
    # Probes by address pass; every other URL keeps the host check.
    assert live_site.get("/healthz/", headers={"Host": "10.0.0.7"}).status_code == 200
    assert live_site.get("/", headers={"Host": "10.0.0.7"}).status_code == 400


def plain_http(session: requests.Session) -> None:
    # DEBUG=0 marks cookies Secure; this test speaks plain HTTP to gunicorn behind no proxy.
    for cookie in session.cookies:
        cookie.secure = False


def signed_in_session(site) -> requests.Session:
    session = requests.Session()
    session.get(site.url + "/accounts/login/", timeout=20)
    plain_http(session)
    response = session.post(
        site.url + "/accounts/login/",
        data={
            "login": site.data["member_email"],
            "password": site.data["password"],
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        allow_redirects=False,
        timeout=20,
    )
    assert response.status_code == 302, response.text[:2000]
    plain_http(session)
    return session


def test_sign_in_and_enrollment_work(live_site):
    session = signed_in_session(live_site)
    assert session.get(live_site.url + "/me/", timeout=20).status_code == 200
    join = f"{live_site.url}/workshops/cohorts/{live_site.data['open_cohort_id']}/join/"
    assert session.get(join, timeout=20).status_code == 200
    plain_http(session)
    response = session.post(
        join,
        data={"relationship": "parent", "confidentiality": "on", "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        allow_redirects=False,
        timeout=20,
    )
    assert response.status_code == 302, response.text[:2000]
    enrolled = live_site.query(
        f"SELECT status FROM workshops_enrollment WHERE cohort_id = {int(live_site.data['open_cohort_id'])}"
    )
    assert enrolled == [("enrolled",)]


def sent_to(site) -> Counter:
    counts = Counter()
    if site.mail_dir.exists():
        for message in site.mail_dir.iterdir():
            counts.update(re.findall(r"^To: (\S+)$", message.read_text(errors="replace"), flags=re.MULTILINE))
    return counts


def ready_email_count(site) -> Counter:
    """'Ready' emails per address (the enrollment email of the previous test is not one)."""
    counts = Counter()
    if site.mail_dir.exists():
        for message in site.mail_dir.iterdir():
            for block in message.read_text(errors="replace").split("-" * 79):
                if "/me/" in block and "certificate" in block.lower():
                    counts.update(re.findall(r"^To: (\S+)$", block, flags=re.MULTILINE))
    return counts


def test_a_worker_killed_while_issuing_certificates_leaves_each_member_one_certificate_and_one_email(live_site):
    cohort_id = int(live_site.data["finished_cohort_id"])
    eligible = live_site.data["eligible_emails"]
    live_site.manage(
        "shell",
        "-c",
        "from cms.models import User; from workshops.certificates.services import cohort_finished; "
        f"cohort_finished(cohort_id={cohort_id}, by=User.objects.get(pk={int(live_site.data['staff_id'])}))",
    )
    states_sql = (
        "SELECT c.render_state FROM workshops_certificate c JOIN workshops_enrollment e ON e.id = c.enrollment_id "
        f"WHERE e.cohort_id = {cohort_id}"
    )
    running_sql = (
        "SELECT count(*) FROM django_tasks_database_dbtaskresult "
        "WHERE status = 'RUNNING' AND task_path LIKE '%render_certificate_pdf'"
    )

    def mid_issue():
        states = [state for (state,) in live_site.query(states_sql)]
        ready = states.count("ready")
        return 1 <= ready < len(eligible) and live_site.query(running_sql)[0][0] >= 1

    wait_for(mid_issue, timeout=120, what="the worker to be part way through the cohort", every=0.05)
    killed = live_site.worker_pid()
    os.kill(killed, signal.SIGKILL)
    # run_production starts it again; run_worker takes up the task it was running.
    wait_for(lambda: live_site.worker_pid() != killed, timeout=30, what="the worker to be restarted")

    def all_done():
        states = [state for (state,) in live_site.query(states_sql)]
        return (
            len(states) == len(eligible)
            and set(states) == {"ready"}
            and len(ready_email_count(live_site)) == len(eligible)
        )

    wait_for(all_done, timeout=150, what="every certificate and email after the restart")
    per_member = live_site.query(
        "SELECT e.id, count(c.id), min(c.pdf) FROM workshops_enrollment e LEFT JOIN workshops_certificate c "
        f"ON c.enrollment_id = e.id WHERE e.cohort_id = {cohort_id} GROUP BY e.id ORDER BY e.id"
    )
    assert [count for _, count, _ in per_member] == [1] * len(eligible) + [0]
    for _, _, pdf in per_member[:-1]:
        assert (live_site.media_dir / pdf).read_bytes().startswith(b"%PDF-")
    assert ready_email_count(live_site) == Counter(dict.fromkeys(eligible, 1))
    assert any("exited with -9" in line for line in live_site.output)


def test_with_redis_stopped_pages_answer_and_health_says_cache_then_recovers(live_site):
    live_site.redis.stop()
    try:
        for path in ("/learn/", live_site.data["lesson_url"], "/"):
            assert live_site.get(path).status_code == 200, path
        response = live_site.get("/healthz/")
        assert response.status_code == 503
        assert response.json() == {"status": "unavailable", "down": ["cache"]}
    finally:
        live_site.redis.start()
    wait_for(
        lambda: live_site.get("/healthz/").status_code == 200, timeout=30, what="/healthz/ 200 after Redis returns"
    )
    assert live_site.get("/learn/").status_code == 200
