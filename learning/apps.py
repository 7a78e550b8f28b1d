from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "learning"
    verbose_name = "Self-paced learning"
    default_auto_field = "django.db.models.BigAutoField"
