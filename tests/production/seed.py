"""Data for the production smoke tests, written into the live site's database by
`manage.py shell -c "from tests.production.seed import seed; seed()"` (prints ids as JSON)."""

import json

from django.db import transaction

from cms.consent import consent_record
from learning.demo_images import load_demo_illustrations
from tests.factories import DEFAULT_PASSWORD, ProgramStaffFactory, UserFactory
from tests.learning.builders import make_module
from tests.workshops.builders import make_cohort, make_workshop
from tests.workshops.certificates.helpers import finished_cohort

MEMBERS_WITH_CERTIFICATES = 8


def seed() -> None:
    with transaction.atomic():
        module, lessons = make_module(title="Smoke module", lessons=2)
        lessons[0].slug = "how-treatment-works"  # gets a demo illustration: renditions served with DEBUG=0
        lessons[0].save_revision().publish()
        load_demo_illustrations(lambda message: None)
        member = UserFactory(email="smoke-member@example.org", display_name="Robin")
        consent_record(user=member)
        staff = ProgramStaffFactory(display_name="Pat")
        open_cohort = make_cohort(make_workshop(title="Smoke workshop"))
        finished, enrollments = finished_cohort(
            attended=[4] * MEMBERS_WITH_CERTIFICATES + [1],  # the last one is not eligible
            names=[f"Member {n}" for n in range(MEMBERS_WITH_CERTIFICATES)] + ["Absent"],
        )
    lesson = lessons[0].specific.__class__.objects.get(pk=lessons[0].pk)
    print(
        json.dumps(
            {
                "lesson_url": lesson.url,
                "member_email": member.email,
                "password": DEFAULT_PASSWORD,
                "staff_id": staff.pk,
                "open_cohort_id": open_cohort.pk,
                "finished_cohort_id": finished.pk,
                "eligible_emails": [e.member.email for e in enrollments[:MEMBERS_WITH_CERTIFICATES]],
            }
        )
    )
