"""The Monday-evening rush, for `make load` (bench/load.py prepares the data and runs this).

300 simulated people: 80% family members reading lessons and recording progress, 15% members
enrolling in a group and checking their sessions, 5% program staff taking attendance and
issuing certificates. Everyone is signed in through a session bench/load.py made for them;
forms are read from the page and posted back with their CSRF token, as a browser does.
Between clicks people wait 5–20 s (staff 10–30 s): a rush of people using the site at once,
each still reading what they opened. That is about 25 requests per second in all.
"""

import json
import os
import random
import re

from locust import HttpUser, between, task

PLAN = json.loads(open(os.environ["KINSHIP_LOAD_PLAN"]).read())  # noqa: SIM115 - read once at start
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CHECK_FORM = re.compile(r'action="([^"]+/check/[^"/]+/)"')
ROW_FIELD = re.compile(r'name="(status|note|was)-(\d+)"[^>]*?value="([^"]*)"([^>]*)>')
_pools = {name: list(values) for name, values in PLAN["people"].items()}
_to_issue = list(PLAN["certificates_to_issue"])


def _take(pool: str):
    people = _pools[pool]
    return people.pop() if people else random.choice(PLAN["people"][pool])


def _keep_csrf_cookie(client, response) -> None:
    """The CSRF cookie is marked Secure (DEBUG=0) and the benchmark speaks plain HTTP on
    127.0.0.1, where a browser would still send it; the requests library would not."""
    value = response.cookies.get("csrftoken")
    if value:
        client.cookies.set("csrftoken", value)


class SignedIn(HttpUser):
    abstract = True
    pool = ""

    def on_start(self):
        person = _take(self.pool)
        self.person = person
        name, value = person["cookie"].split("=", 1)
        self.client.cookies.set(name, value)
        self.client.headers["X-Bench-Client"] = person["client_ip"]
        self.client.headers["Referer"] = self.host + "/"

    def post_form(self, page_url: str, action: str, data: dict, *, name: str):
        """GET the page, take its CSRF token, POST the form (following the redirect)."""
        page = self.client.get(page_url, name=name + " (page)")
        _keep_csrf_cookie(self.client, page)
        found = TOKEN.search(page.text)
        if not found:
            return page
        return self.client.post(action, data={**data, "csrfmiddlewaretoken": found.group(1)}, name=name)


class FamilyMember(SignedIn):
    """Reads lessons, marks them complete, answers knowledge checks, looks at their progress."""

    weight = 80
    pool = "family"
    wait_time = between(5, 20)  # reading a short lesson section, or a quick look at progress

    @task(6)
    def read_lesson(self):
        self.client.get(random.choice(PLAN["lessons"]), name="lesson")

    @task(2)
    def complete_lesson(self):
        lesson = random.choice(PLAN["lessons"])
        self.post_form(lesson, f"{lesson}complete/", {}, name="lesson: mark complete")

    @task(1)
    def answer_check(self):
        lesson = random.choice(PLAN["lessons_with_checks"])
        page = self.client.get(lesson, name="lesson")
        _keep_csrf_cookie(self.client, page)
        action, token = CHECK_FORM.search(page.text), TOKEN.search(page.text)
        if action and token:
            self.client.post(
                action.group(1),
                data={"option": random.choice("01"), "csrfmiddlewaretoken": token.group(1)},
                name="lesson: answer a check",
            )

    @task(1)
    def library(self):
        self.client.get("/learn/", name="module library")

    @task(1)
    def dashboard(self):
        self.client.get("/me/", name="/me/")


class Enroller(SignedIn):
    """Finds a workshop, joins an open group once, then keeps checking their sessions."""

    weight = 15
    pool = "enrollers"
    wait_time = between(5, 20)

    def on_start(self):
        super().on_start()
        cohort = random.choice(PLAN["open_cohorts"])
        self.sessions = cohort["sessions"]
        join = f"/workshops/cohorts/{cohort['id']}/join/"
        self.client.get("/workshops/", name="workshops")
        self.client.get(cohort["workshop_url"], name="workshop page")
        self.post_form(join, join, {"relationship": "parent", "confidentiality": "on"}, name="enroll")

    @task(3)
    def my_space(self):
        self.client.get("/me/", name="/me/")

    @task(2)
    def session(self):
        self.client.get(f"/workshops/sessions/{random.choice(self.sessions)}/", name="session page")

    @task(1)
    def workshop_page(self):
        self.client.get(random.choice(PLAN["workshops"]), name="workshop page")


class ProgramStaff(SignedIn):
    """Takes attendance on a 200-member sheet and issues certificates one by one."""

    weight = 5
    pool = "staff"
    wait_time = between(10, 30)  # marking a row or two on the call between saves

    @task(3)
    def take_attendance(self):
        url = random.choice(PLAN["attendance_sheets"])
        page = self.client.get(url, name="attendance sheet")
        _keep_csrf_cookie(self.client, page)
        token = TOKEN.search(page.text)
        if not token:
            return
        data = {"csrfmiddlewaretoken": token.group(1)}
        for field, row, value, rest in ROW_FIELD.findall(page.text):
            if field == "status":
                if "checked" in rest:
                    data[f"status-{row}"] = value
            else:
                data[f"{field}-{row}"] = value
        rows = [key for key in data if key.startswith("status-")]
        for key in random.sample(rows, min(5, len(rows))):
            data[key] = random.choice(["present", "late", "absent", "excused"])
        self.client.post(url, data=data, name="attendance sheet: save")

    @task(1)
    def cohort_matrix(self):
        self.client.get(random.choice(PLAN["attendance_matrices"]), name="attendance matrix")

    @task(1)
    def issue_certificate(self):
        if not _to_issue:
            return
        item = _to_issue.pop()
        url = f"/admin/certificates/cohort/{item['cohort']}/"
        self.post_form(url, url, {"action": "issue_one", "enrollment": item["enrollment"]}, name="issue a certificate")
