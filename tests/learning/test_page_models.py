"""Where each learning page may live in the tree, and who may create it."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cms.models import HomePage
from learning.models import LessonPage, LibraryPage, ModulePage


class LearningPageTreeTests(WagtailPageTestCase):
    def test_library_lives_under_home_only(self):
        self.assertAllowedParentPageTypes(LibraryPage, {HomePage})
        self.assertAllowedSubpageTypes(LibraryPage, {ModulePage})

    def test_modules_live_in_the_library_and_hold_lessons(self):
        self.assertAllowedParentPageTypes(ModulePage, {LibraryPage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})

    def test_lessons_live_in_modules_and_have_no_children(self):
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_a_second_library_cannot_be_created(self):
        home = HomePage.objects.get(locale__language_code="en")
        self.assertTrue(LibraryPage.objects.child_of(home).exists())
        self.assertFalse(LibraryPage.can_create_at(home))

    def test_modules_can_be_created_in_the_library_and_lessons_in_a_module(self):
        self.assertCanCreateAt(LibraryPage, ModulePage)
        self.assertCanCreateAt(ModulePage, LessonPage)
        self.assertCanNotCreateAt(Page, ModulePage)
        self.assertCanNotCreateAt(HomePage, LessonPage)
