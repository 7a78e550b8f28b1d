"""Which versions of the privacy notice and terms are current, and whether a member accepted them.

Publishing a new version of either text means changing its version here: every member is
then asked again at their next visit.
"""

from django.contrib.sessions.backends.base import SessionBase

from cms.models import Consent

CURRENT_VERSIONS = {Consent.Document.PRIVACY: "2026-11-23", Consent.Document.TERMS: "2026-11-23"}
_SESSION_KEY = "consent:accepted"


def _fingerprint() -> str:
    return "|".join(f"{document}:{version}" for document, version in sorted(CURRENT_VERSIONS.items()))


def has_current_consent(*, user, session: SessionBase | None = None) -> bool:
    # The answer is kept in the session so signed-in pages do not pay a query for it.
    if session is not None and session.get(_SESSION_KEY) == _fingerprint():
        return True
    accepted = set(Consent.objects.filter(user=user, document__in=CURRENT_VERSIONS).values_list("document", "version"))
    ok = all((document, version) in accepted for document, version in CURRENT_VERSIONS.items())
    if ok and session is not None:
        session[_SESSION_KEY] = _fingerprint()
    return ok


def consent_record(*, user, session: SessionBase | None = None) -> None:
    """The member accepts the current privacy notice and terms."""
    Consent.objects.bulk_create(
        [Consent(user=user, document=document, version=version) for document, version in CURRENT_VERSIONS.items()],
        ignore_conflicts=True,
    )
    if session is not None:
        session[_SESSION_KEY] = _fingerprint()
