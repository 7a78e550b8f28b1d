"""Check-in answers for `seed_scale_data`: members of finished groups answered before (70%) and,
of those, after (75%); about one in ten in Spanish, so small language groups show suppression.
For modules naming a check-in, a third of the members answered before (in one of the last six
months) and most of them after. Answers drift upwards a little, as a program hopes."""

import random
from datetime import date, timedelta

from learning.outcomes.blocks import FREE_TEXT, RANGES
from workshops.models import (
    CheckInAnswer,
    CheckInResponse,
    CohortStatus,
    ModuleCheckInAnswer,
    ModuleCheckInResponse,
    Occasion,
    ResponseStatus,
)

BATCH = 2000
COMMENTS = ("The group helped me feel less alone.", "I use the calm talking skill at home now.")


def _value(kind: str, rng: random.Random, lift: int) -> int:
    low, high = RANGES[kind]
    middle = (low + high) // 2
    return max(low, min(high, middle + lift + rng.randint(-(high - low) // 4 - 1, (high - low) // 4)))


def seed_check_in_answers(*, enrollments, cohorts_by_id: dict, rng: random.Random) -> int:
    """Responses and answers for finished groups whose workshop names a check-in; returns how many answers."""
    responses, planned = [], []
    for enrollment in enrollments:
        cohort = cohorts_by_id[enrollment.cohort_id]
        check_in = cohort.workshop.check_in_before
        if cohort.status != CohortStatus.FINISHED or check_in is None or rng.random() > 0.7:
            continue
        language = "es" if rng.random() < 0.1 else "en"
        occasions = [Occasion.BEFORE] + ([Occasion.AFTER] if rng.random() < 0.75 else [])
        for occasion in occasions:
            day = cohort.first_session_on
            responses.append(
                CheckInResponse(
                    enrollment=enrollment,
                    occasion=occasion,
                    status=ResponseStatus.ANSWERED,
                    language=language,
                    answered_on=day,
                )
            )
            planned.append((check_in, occasion))
    responses = CheckInResponse.objects.bulk_create(responses, batch_size=BATCH)
    answers = _answers(CheckInAnswer, responses, planned, rng)
    CheckInAnswer.objects.bulk_create(answers, batch_size=BATCH)
    return len(answers)


def _answers(model, responses, planned, rng: random.Random) -> list:
    """Unsaved answers of `model` for each response and its (check-in, occasion)."""
    answers = []
    for response, (check_in, occasion) in zip(responses, planned, strict=True):
        lift = 0 if occasion == Occasion.BEFORE else rng.choice((0, 1, 1, 2))
        for kind, item in check_in.questions:
            if kind == FREE_TEXT:
                if rng.random() < 0.05:
                    answers.append(
                        model(
                            response=response,
                            item_key=item["key"],
                            kind=kind,
                            text=rng.choice(COMMENTS),
                            share_text=True,
                        )
                    )
                continue
            value = _value(kind, rng, lift) if kind != "yes_no" else int(rng.random() < 0.4 + 0.2 * lift)
            answers.append(model(response=response, item_key=item["key"], kind=kind, value=value))
    return answers


def seed_module_check_in_answers(*, members, modules, today: date, rng: random.Random) -> int:
    """Module responses and answers for scale members; `modules` name a check-in (select_related
    check_in_before). Returns how many answers."""
    responses, planned = [], []
    for module in modules:
        for member in members:
            if rng.random() > 0.35:
                continue
            language = "es" if rng.random() < 0.1 else "en"
            before_on = today - timedelta(days=rng.randrange(180))
            occasions = [(Occasion.BEFORE, before_on)]
            if rng.random() < 0.75:
                occasions.append((Occasion.AFTER, min(today, before_on + timedelta(days=rng.randrange(1, 30)))))
            for occasion, day in occasions:
                responses.append(
                    ModuleCheckInResponse(
                        member=member,
                        module=module,
                        occasion=occasion,
                        status=ResponseStatus.ANSWERED,
                        language=language,
                        answered_on=day,
                    )
                )
                planned.append((module.check_in_before, occasion))
    responses = ModuleCheckInResponse.objects.bulk_create(responses, batch_size=BATCH)
    answers = _answers(ModuleCheckInAnswer, responses, planned, rng)
    ModuleCheckInAnswer.objects.bulk_create(answers, batch_size=BATCH)
    return len(answers)
