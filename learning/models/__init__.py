from learning.models.checkins import CheckIn
from learning.models.pages import LessonPage, LibraryPage, ModulePage
from learning.models.records import KnowledgeCheckAnswer, LessonCompletion, Reflection
from learning.models.review import ClinicalReviewTask
from learning.models.topics import Topic

__all__ = [
    "CheckIn",
    "ClinicalReviewTask",
    "KnowledgeCheckAnswer",
    "LessonCompletion",
    "LessonPage",
    "LibraryPage",
    "ModulePage",
    "Reflection",
    "Topic",
]
