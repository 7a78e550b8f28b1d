"""One small world with every kind of page the site serves, and the list of those pages per
audience. The accessibility checks (axe in Chromium) and the HTML checks (vnu) walk the same tour,
so a page added here is checked both ways."""

import io
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from learning.models import LessonCompletion, Reflection
from tests.factories import ClinicianFactory, ProgramStaffFactory, UserFactory
from tests.learning.builders import knowledge_check, make_module, paragraph, reflection_prompt
from tests.workshops.builders import enroll, make_cohort, make_workshop
from tests.workshops.outcomes.builders import answer, make_check_in, module_answer
from workshops.models import (
    AttendanceRecord,
    Certificate,
    CheckInConsent,
    CohortStatus,
    EnrollmentStatus,
    PracticeAnswer,
    RenderState,
)

UNKNOWN_CODE = "AAAABBBBCCCCDDDD"


@dataclass
class Tour:
    member: object
    staff: object
    public: list[tuple[str, str]] = field(default_factory=list)
    members: list[tuple[str, str]] = field(default_factory=list)
    staff_pages: list[tuple[str, str]] = field(default_factory=list)
    clinician: object = None
    clinician_pages: list[tuple[str, str]] = field(default_factory=list)
    # Pages showing a form's errors: (label, url, data); data None is a GET of the url, else a POST
    # of the form on that page with these values (and nothing else).
    public_errors: list[tuple[str, str, dict | None]] = field(default_factory=list)
    member_errors: list[tuple[str, str, dict | None]] = field(default_factory=list)


def _png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (64, 48), (40, 90, 140)).save(buffer, "PNG")
    return SimpleUploadedFile("calm-kitchen.png", buffer.getvalue(), content_type="image/png")


def every_block() -> list[dict]:
    """A lesson body with one block of each type the lesson stream offers."""
    image = get_image_model().objects.create(title="A calm kitchen", file=_png())
    Document = get_document_model()
    audio = Document.objects.create(title="Breathing", file=SimpleUploadedFile("breathing.mp3", b"ID3 not real"))
    worksheet = Document.objects.create(title="Plan", file=SimpleUploadedFile("plan.pdf", b"%PDF-1.4 worksheet"))
    transcript = "<p>Narrator: Take a slow breath in, and out.</p>"
    return [
        {"type": "heading", "value": {"text": "What addiction is", "level": "h2"}},
        paragraph("Addiction is a health condition. <b>You did not cause it.</b>"),
        {"type": "heading", "value": {"text": "A closer look", "level": "h3"}},
        {"type": "image", "value": {"image": image.pk, "alt_text": "A tidy kitchen table", "caption": "Home."}},
        {"type": "callout", "value": {"kind": "warning", "title": "Stay safe", "body": "<p>Call for help.</p>"}},
        {"type": "callout", "value": {"kind": "tip", "title": "A tip", "body": "<p>Rest.</p>"}},
        {"type": "callout", "value": {"kind": "try_at_home", "title": "Try it", "body": "<p>Say thanks.</p>"}},
        {"type": "quote", "value": {"text": "I learned to say no with love.", "attribution": "A father, 58"}},
        {
            "type": "video",
            "value": {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Talking about it", "transcript": transcript},
        },
        {"type": "audio", "value": {"audio": audio.pk, "title": "A breathing exercise", "transcript": transcript}},
        knowledge_check("kc-1"),
        reflection_prompt("rp-1"),
        {"type": "worksheet", "value": {"document": worksheet.pk, "title": "My plan", "description": "Print it."}},
        {"type": "key_takeaways", "value": {"items": ["You did not cause it.", "Rest is allowed."]}},
        {"type": "crisis_resources", "value": {"intro": "If someone is in danger right now, reach out:"}},
        {
            "type": "sources",
            "value": {"items": [{"title": "Drugs and the brain", "publisher": "NIDA", "url": "https://nida.nih.gov/"}]},
        },
    ]


def build_tour() -> Tour:
    """Build the world (needs the database; set MEDIA_ROOT to a temporary folder first)."""
    member = UserFactory(email="robin@example.org", display_name="Robin")
    staff = ProgramStaffFactory(email="pat@example.org", display_name="Pat")

    module, lessons = make_module(title="Understanding Addiction", lessons=2, body=every_block())
    # A short module the member finished, for the "module complete" page.
    finished_module, (finished_lesson,) = make_module(title="Caring for Yourself", lessons=1, order=2)
    LessonCompletion.objects.create(user=member, lesson=finished_lesson)
    lessons[0].save_revision().publish()  # published, so it has a printable handout
    reflection = Reflection.objects.create(
        user=member, lesson=lessons[0], block_id="rp-1", prompt="What helps you rest?", text="<p>A walk.</p>"
    )

    check_in = make_check_in()
    workshop = make_workshop(sessions=3, title="Talking at Home", check_in_before=check_in, check_in_after=check_in)
    workshop.save_revision().publish()
    cohort = make_cohort(workshop, name="Monday evening group", capacity=8, requires_approval=True)
    enrollment = enroll(cohort, member)
    enroll(cohort, UserFactory(display_name="Sam Waiting"), status=EnrollmentStatus.PENDING)
    session = cohort.sessions.get(number=1)
    AttendanceRecord.objects.create(session=session, enrollment=enrollment, status="present", note="On time")
    other_cohort = make_cohort(workshop, name="Open Thursday group", weekday=3)

    # A finished cohort with an issued certificate, for the certificates screens and verification.
    finished = make_cohort(workshop, name="Spring group", start=date(2024, 3, 4), capacity=8)
    graduate = enroll(finished, member)
    AttendanceRecord.objects.bulk_create(
        AttendanceRecord(session=s, enrollment=graduate, status="present") for s in finished.sessions.all()
    )
    finished.status = CohortStatus.FINISHED
    finished.save(update_fields=["status"])
    # The member agreed to check-ins, answered before and after in the finished group, and the
    # open group's "before" check-in waits for them.
    CheckInConsent.objects.create(member=member, choice="agreed")
    answer(graduate, "before", {"understanding": 2, "confidence-boundary": 3, "self-care": 0}, comment="Tired.")
    answer(graduate, "after", {"understanding": 4, "confidence-boundary": 7, "self-care": 1})
    # Modules name the same check-in: the finished one offers "after" on "module complete"
    # (its "before" answered), a new one offers "before" on its page.
    finished_module.check_in_before = finished_module.check_in_after = check_in
    finished_module.save_revision().publish()
    module_answer(member, finished_module, "before", {"understanding": 2, "confidence-boundary": 4, "self-care": 0})
    new_module, _new_lessons = make_module(title="Setting Boundaries", lessons=1, order=3)
    new_module.check_in_before = new_module.check_in_after = check_in
    new_module.save_revision().publish()
    certificate = Certificate.objects.create(
        enrollment=graduate,
        code="K7QX3MZD92TAHRWE",
        holder_name="Robin",
        certificate_title="Family Skills",
        completed_on=date(2024, 4, 1),
        sessions_attended=3,
        sessions_total=3,
        render_state=RenderState.READY,
        rendered_at=timezone.now() - timedelta(days=1),
        pdf=SimpleUploadedFile("kinship-certificate-K7QX.pdf", b"%PDF-1.4"),
    )

    # A group that met two days ago: this week's practice is open on /me/ and the session page,
    # the member has answered it with a note, and the next session's sheet shows the counts.
    started = timezone.localdate() - timedelta(days=2)
    this_week = make_cohort(workshop, name="This week group", start=started, weekday=started.weekday())
    practising = enroll(this_week, member)
    practice_session, next_session = this_week.sessions.get(number=1), this_week.sessions.get(number=2)
    PracticeAnswer.objects.create(
        session=practice_session, enrollment=practising, answer="tried", note="<p>It went well.</p>"
    )

    tour = Tour(member=member, staff=staff, clinician=ClinicianFactory(email="lee@example.org", display_name="Lee"))
    tour.public = [
        ("home", "/"),
        ("module library", "/learn/"),
        ("module", module.url),
        ("lesson with every block", lessons[0].url),
        ("lesson handout being prepared", f"{lessons[0].url}handout/"),
        ("search", "/learn/search/?q=addiction"),
        ("workshops", "/workshops/"),
        ("workshop", workshop.url),
        ("certificate check form", "/certificates/verify/"),
        ("certificate found", f"/certificates/verify/{certificate.code}/"),
        ("certificate not found", f"/certificates/verify/{UNKNOWN_CODE}/"),
        ("sign in", "/accounts/login/"),
        ("sign up", "/accounts/signup/"),
        ("password reset", "/accounts/password/reset/"),
        ("password reset sent", "/accounts/password/reset/done/"),
        ("password reset bad key", "/accounts/password/reset/key/1-bad-key/"),
        ("privacy", "/privacy/"),
        ("terms", "/terms/"),
    ]
    tour.members = [
        ("dashboard", "/me/"),
        ("consent", "/me/consent/"),
        ("lesson signed in", lessons[0].url),
        ("workshop signed in", workshop.url),
        ("enroll form", f"/workshops/cohorts/{other_cohort.pk}/join/"),
        ("leave confirm", f"/workshops/enrollments/{enrollment.pk}/leave/"),
        ("session", f"/workshops/sessions/{session.pk}/"),
        ("session with this week's practice", f"/workshops/sessions/{practice_session.pk}/"),
        ("session handout being prepared", f"/workshops/sessions/{session.pk}/handout/"),
        ("reflection edit", f"/me/reflections/{reflection.pk}/edit/"),
        ("reflection delete confirm", f"/me/reflections/{reflection.pk}/delete/"),
        ("certificate preferences", "/me/certificates/"),
        ("account delete confirm", "/me/delete/"),
        ("email addresses", "/accounts/email/"),
        ("password change", "/accounts/password/change/"),
        ("two-factor overview", "/accounts/2fa/"),
        ("two-factor set up", "/accounts/2fa/totp/activate/"),
        ("module complete", f"{finished_lesson.url}module-complete/"),
        ("check-in questions", f"/workshops/enrollments/{enrollment.pk}/check-in/before/"),
        ("own check-in answers before and after", f"/workshops/enrollments/{graduate.pk}/my-answers/"),
        ("module with a check-in offer", new_module.url),
        ("module check-in questions", f"/learn-check-ins/{new_module.pk}/before/"),
        ("module check-in after", f"/learn-check-ins/{finished_module.pk}/after/"),
        ("own module answers before and after", f"/learn-check-ins/{finished_module.pk}/my-answers/"),
        ("sign out", "/accounts/logout/"),
    ]
    tour.public_errors = [
        ("sign in with a wrong password", "/accounts/login/", {"login": member.email, "password": "not-it"}),
        ("certificate check with a bad code", "/certificates/verify/?code=xx", None),
        ("certificate name check, no name", f"/certificates/verify/{certificate.code}/", {"name": ""}),
    ]
    tour.member_errors = [
        ("enroll with nothing chosen", f"/workshops/cohorts/{other_cohort.pk}/join/", {}),
        ("account delete without confirming", "/me/delete/", {"confirm": "no"}),
        ("check-in with nothing chosen", f"/workshops/enrollments/{enrollment.pk}/check-in/before/", {}),
        ("module check-in with nothing chosen", f"/learn-check-ins/{new_module.pk}/before/", {}),
    ]
    tour.staff_pages = [
        ("staff home", "/admin/"),
        ("cohort overview", f"/admin/cohorts/overview/{cohort.pk}/"),
        ("attendance index", "/admin/attendance/"),
        ("attendance sheet", f"/admin/attendance/sessions/{session.pk}/"),
        ("cohort attendance report", f"/admin/attendance/cohorts/{cohort.pk}/"),
        ("program report", "/admin/attendance/report/"),
        ("cohort certificates", f"/admin/certificates/cohort/{finished.pk}/"),
        ("certificate", f"/admin/certificates/cohort/{finished.pk}/{certificate.pk}/"),
        ("erase a member", "/admin/members/erase/"),
        ("cohort list", "/admin/cohorts/"),
        ("cohort search (the admin search)", f"/admin/cohorts/?q={cohort.name[:5]}"),
        ("group search with no match", "/admin/attendance/?q=zzzz"),
        ("cohort new", f"/admin/cohorts/new/?workshop={workshop.pk}"),
        ("cohort edit", f"/admin/cohorts/edit/{cohort.pk}/"),
        ("cohort members", f"/admin/cohorts/members/{cohort.pk}/"),
        ("cohort sessions", f"/admin/cohorts/sessions/{cohort.pk}/"),
        ("attendance sheet with practice counts", f"/admin/attendance/sessions/{next_session.pk}/"),
        ("cohort sessions with practice counts", f"/admin/cohorts/sessions/{this_week.pk}/"),
        ("session edit", f"/admin/cohorts/sessions/{cohort.pk}/{session.pk}/"),
        ("cohort handout pack being prepared", f"/admin/cohorts/handouts/{cohort.pk}/"),
        ("staff session page", f"/workshops/sessions/{session.pk}/"),
        ("outcome report", "/admin/outcomes/"),
    ]
    tour.clinician_pages = [
        ("clinician home", "/admin/"),
        ("outcome report", "/admin/outcomes/"),
        ("check-ins", "/admin/snippets/learning/checkin/"),
    ]
    return tour
