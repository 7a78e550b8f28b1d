"""Sign-up, sign-in and password reset do the same work, and take the same time, whether or
not the address has an account: for this program an account says a relative is in treatment.

Two checks per flow. The work check counts password hashes and emails per request (exact, no
noise); the database's own few milliseconds for a new account are covered by the beat answers
leave on (cms/account_timing.py). The timing check sends a few dozen requests of each kind,
interleaved, with PBKDF2 at a production-like cost, and fails if one response time threshold tells the two kinds apart
(the test a stranger with a stopwatch would run).
"""

import itertools
import time
from http import HTTPStatus

import pytest
from django.core import mail
from django.test import Client

from tests.factories import UserFactory
from tests.support.hashers import CountingHasher

SIGNUP = "/accounts/signup/"
LOGIN = "/accounts/login/"
RESET = "/accounts/password/reset/"
REGISTERED = "registered@example.org"
PASSWORD = "a-long-unusual-passphrase-42"
FLOWS = ("signup", "login", "password_reset")
ROUNDS = 20
# With the same distribution on both sides, the best threshold sorts 20 + 20 requests at most
# ~75% right (Kolmogorov-Smirnov, p < 0.001); 85% needs a real difference.
MOST_A_THRESHOLD_MAY_SORT = 0.85

_fresh = itertools.count()


def request_for(flow: str, *, registered: bool):
    email = REGISTERED if registered else f"nobody-{next(_fresh)}@example.org"
    if flow == "signup":
        data = {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Jamie",
            "time_zone": "Europe/Madrid",
            "accept_terms": "on",
        }
        return SIGNUP, data
    if flow == "login":
        return LOGIN, {"login": email, "password": "not-the-password-at-all"}
    return RESET, {"email": email}


def send(flow: str, *, registered: bool):
    url, data = request_for(flow, registered=registered)
    response = Client().post(url, data)
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND), response.status_code
    return response


@pytest.fixture
def hasher(settings, request):
    settings.PASSWORD_HASHERS = [request.param]
    settings.ACCOUNT_RATE_LIMITS = False  # a stopwatch attack stays under any limit; measure the flows
    UserFactory(email=REGISTERED)


def work_of(flow: str, *, registered: bool) -> tuple[int, int]:
    CountingHasher.calls = 0
    mail.outbox = []
    send(flow, registered=registered)
    return CountingHasher.calls, len(mail.outbox)


@pytest.mark.django_db
@pytest.mark.parametrize("hasher", ["tests.support.hashers.CountingHasher"], indirect=True)
@pytest.mark.parametrize("flow", FLOWS)
def test_the_same_work_whether_or_not_the_address_has_an_account(hasher, flow):
    registered = work_of(flow, registered=True)
    unknown = work_of(flow, registered=False)
    assert registered == unknown, f"(password hashes, emails): registered {registered}, unknown {unknown}"
    if flow != "login":  # both get an email: a new account's confirmation, or a note to the owner
        assert unknown[1] == 1


def best_threshold_accuracy(first: list[float], second: list[float]) -> float:
    """The share of requests one time threshold puts on their own side, at best."""
    labelled = sorted([(t, 0) for t in first] + [(t, 1) for t in second])
    total = len(labelled)
    best = 0.5
    first_below = second_below = 0
    for _time, label in labelled:
        first_below += label == 0
        second_below += label == 1
        right = first_below + (len(second) - second_below)  # first is faster
        best = max(best, right / total, (total - right) / total)
    return best


@pytest.mark.django_db
@pytest.mark.parametrize("hasher", ["tests.support.hashers.ProductionCostHasher"], indirect=True)
@pytest.mark.parametrize("flow", FLOWS)
def test_no_time_threshold_tells_a_registered_address_from_an_unknown_one(hasher, flow, settings):
    # As in production (the suite turns the beat off to stay fast): larger than one request here.
    settings.ACCOUNT_TIMING_QUANTUM_SECONDS = 0.25
    for registered in (True, False, True, False):  # warm up: templates, translations, connections
        send(flow, registered=registered)
    timings = {True: [], False: []}
    for round_number in range(ROUNDS):
        # Alternate which goes first, so a load spike on the shared machine hits both alike.
        for registered in (True, False) if round_number % 2 else (False, True):
            started = time.perf_counter()
            send(flow, registered=registered)
            timings[registered].append(time.perf_counter() - started)
    accuracy = best_threshold_accuracy(timings[True], timings[False])
    medians = {key: sorted(values)[ROUNDS // 2] for key, values in timings.items()}
    assert accuracy < MOST_A_THRESHOLD_MAY_SORT, (
        f"a threshold sorts {accuracy:.0%} of requests; median registered {medians[True]:.3f} s, "
        f"unknown {medians[False]:.3f} s"
    )


def test_the_separation_measure_tells_apart_what_differs():
    assert best_threshold_accuracy([0.1, 0.2, 0.3], [0.5, 0.6, 0.7]) == 1.0
    assert best_threshold_accuracy([0.5, 0.6, 0.7], [0.1, 0.2, 0.3]) == 1.0
    assert best_threshold_accuracy([0.1, 0.3, 0.5], [0.2, 0.4, 0.6]) < 0.85


@pytest.mark.django_db
def test_an_account_answer_leaves_on_the_beat(settings, client):
    """With the suite's fast hasher a failed sign-in takes milliseconds; it is still held to the beat."""
    settings.ACCOUNT_TIMING_QUANTUM_SECONDS = 0.3
    settings.ACCOUNT_RATE_LIMITS = False
    started = time.perf_counter()
    client.post(LOGIN, {"login": "nobody@example.org", "password": "not-the-password-at-all"})
    assert time.perf_counter() - started >= 0.3
