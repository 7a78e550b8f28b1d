from cms.privacy import PersonalData, register
from learning.models import KnowledgeCheckAnswer, LessonCompletion, Reflection

RETENTION = "While the account exists; deleted with it."


def register_learning_personal_data() -> None:
    register(
        PersonalData(
            model=LessonCompletion,
            user_path="user",
            fields=("lesson__title", "lesson__url_path", "completed_at"),
            purpose="Show the member their progress and where to continue.",
            retention=RETENTION,
        )
    )
    register(
        PersonalData(
            model=KnowledgeCheckAnswer,
            user_path="user",
            fields=("lesson__title", "block_id", "option_index", "is_correct", "answered_at"),
            purpose="Show the member their latest answer and its feedback.",
            retention=RETENTION,
        )
    )
    register(
        PersonalData(
            model=Reflection,
            user_path="user",
            fields=("lesson__title", "prompt", "text", "created_at", "updated_at"),
            purpose="The member's private journal; only they can read it.",
            retention=RETENTION,
        )
    )


register_learning_personal_data()
