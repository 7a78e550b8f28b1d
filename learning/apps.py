from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Self-paced learning"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cms.dashboard import register_panel
        from cms.demo import register_demo_loader
        from learning import signal_handlers
        from learning.dashboard import learning_panel_context
        from learning.demo import load_demo_modules
        from learning.demo_es import load_spanish_demo_modules

        register_panel(
            name="learning",
            template="learning/dashboard_panel.html",
            order=10,
            get_context=learning_panel_context,
        )
        register_demo_loader(name="learning modules", order=10, load=load_demo_modules)
        register_demo_loader(name="learning modules in Spanish", order=11, load=load_spanish_demo_modules)
        signal_handlers.connect()
