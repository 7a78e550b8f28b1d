"""The Spanish demo workshops line up with the English ones, and every text is really translated."""

from datetime import date

from workshops.demo import _cohort_plans
from workshops.demo_content import WORKSHOPS as WORKSHOPS_EN
from workshops.demo_content_es import COHORT_NAMES
from workshops.demo_content_es import WORKSHOPS as WORKSHOPS_ES

# Fields that name things (slugs, kinds, addresses) rather than say something: they stay the same.
NOT_TEXT = {"slug", "kind", "min_sessions_attended"}


def _texts(value, path=""):
    """Every piece of reader-facing text in a value, with where it sits."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in NOT_TEXT:
                yield from _texts(item, f"{path}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")


def test_spanish_workshops_line_up_with_the_english_ones():
    assert len(WORKSHOPS_ES) == len(WORKSHOPS_EN)
    for workshop_en, workshop_es in zip(WORKSHOPS_EN, WORKSHOPS_ES, strict=True):
        assert workshop_es["slug"] == workshop_en["slug"]
        assert workshop_es["min_sessions_attended"] == workshop_en["min_sessions_attended"]
        for key in ("title", "summary", "audience", "certificate_title"):
            assert workshop_es[key].strip() and workshop_es[key] != workshop_en[key], (workshop_en["slug"], key)
        for session_en, session_es in zip(workshop_en["sessions"], workshop_es["sessions"], strict=True):
            assert session_es["lessons"] == session_en["lessons"]
            assert session_es["practice"]["kind"] == session_en["practice"]["kind"]
            assert len(session_es["objectives"]) == len(session_en["objectives"])
            texts_en = dict(_texts({k: v for k, v in session_en.items() if k != "lessons"}))
            for path, text in _texts({k: v for k, v in session_es.items() if k != "lessons"}):
                assert text.strip() and text != texts_en[path], (workshop_en["slug"], path)


def test_every_demo_cohort_has_a_spanish_name():
    suffixes = {plan["suffix"] for plan in _cohort_plans(date(2026, 1, 5))}
    assert set(COHORT_NAMES) == suffixes
    assert all(name.strip() and name not in suffixes for name in COHORT_NAMES.values())


def test_workshop_text_keeps_the_clinical_rules():
    """No absolute 'nobody's fault', no planned consequences (they invite punishment), and every
    role-play lets a member watch instead (some have lived with violence)."""
    for workshops, opt_out in ((WORKSHOPS_EN, "watch instead"), (WORKSHOPS_ES, "mirar en lugar de actuar")):
        for workshop in workshops:
            for session in workshop["sessions"]:
                text = " ".join(text for _, text in _texts(session)).lower()
                assert "nobody's fault" not in text and "culpa de nadie" not in text, session["title"]
                assert "natural consequence" not in text and "consecuencia natural" not in text, session["title"]
                if session["practice"]["kind"] == "role_play":
                    assert opt_out in session["practice"]["instructions"], session["title"]
