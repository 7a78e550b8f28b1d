from django.apps import AppConfig


class WorkshopsConfig(AppConfig):
    name = "workshops"
    verbose_name = "Workshops"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_delete

        from cms.dashboard import register_panel
        from cms.demo import register_demo_loader
        from cms.handouts.services import delete_stored_file
        from learning.next_steps import register_suggester
        from workshops.attendance.dashboard import attendance_panel_context
        from workshops.certificates.dashboard import certificates_panel_context
        from workshops.dashboard import workshops_panel_context
        from workshops.demo import load_demo_workshops
        from workshops.demo_es import load_spanish_demo_workshops
        from workshops.demo_outcomes import load_demo_check_ins
        from workshops.next_session import next_session_panel_context
        from workshops.next_steps import workshop_for_module
        from workshops.outcomes.dashboard import check_ins_panel_context
        from workshops.outcomes.module_selectors import register as register_module_check_ins
        from workshops.practice.dashboard import practice_panel_context

        register_panel(
            name="next_session",
            template="workshops/next_session_panel.html",
            order=5,
            get_context=next_session_panel_context,
        )
        register_panel(
            name="workshops",
            template="workshops/dashboard_panel.html",
            order=20,
            get_context=workshops_panel_context,
        )
        # Right after the learning panel's reflections: practice notes belong to the same journal.
        register_panel(
            name="practice",
            template="workshops/includes/practice_card.html",
            order=15,
            get_context=practice_panel_context,
        )
        register_panel(
            name="attendance",
            template="workshops/attendance/dashboard_panel.html",
            order=35,
            get_context=attendance_panel_context,
        )
        register_panel(
            name="certificates",
            template="workshops/certificates/dashboard_panel.html",
            order=30,
            get_context=certificates_panel_context,
        )
        # A deleted handout pack's file goes with its row (cms/handouts/services.py).
        post_delete.connect(delete_stored_file, sender="workshops.HandoutPack", dispatch_uid="workshops.pack_deleted")
        register_panel(
            name="check_ins",
            template="workshops/outcomes/dashboard_panel.html",
            order=8,
            get_context=check_ins_panel_context,
        )
        register_suggester(workshop_for_module)
        register_module_check_ins()
        register_demo_loader(name="workshops", order=20, load=load_demo_workshops)
        register_demo_loader(name="workshops in Spanish", order=21, load=load_spanish_demo_workshops)
        register_demo_loader(name="outcome check-ins", order=22, load=load_demo_check_ins)
