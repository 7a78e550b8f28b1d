"""Member URLs of workshops. cms.urls includes these above Wagtail's page catch-all."""

from django.urls import path

from workshops import views
from workshops.attendance import views as attendance_views
from workshops.certificates import urls as certificate_urls
from workshops.outcomes import views as outcome_views
from workshops.practice import views as practice_views

app_name = "workshops"
urlpatterns = [
    path("workshops/cohorts/<int:cohort_id>/join/", views.enroll, name="enroll"),
    path("workshops/enrollments/<int:pk>/leave/", views.withdraw, name="withdraw"),
    path("workshops/sessions/<int:pk>/", views.session_detail, name="session"),
    path("workshops/sessions/<int:pk>/handout/", views.session_handout, name="session_handout"),
    path("workshops/sessions/<int:pk>/join/", views.session_join, name="session_join"),
    path("workshops/sessions/<int:pk>/calendar.ics", views.session_calendar, name="session_calendar"),
    path("workshops/sessions/<int:pk>/check-in/", attendance_views.check_in, name="check_in"),
    path("workshops/sessions/<int:pk>/apology/", attendance_views.apology, name="apology"),
    path("workshops/sessions/<int:pk>/practice/", practice_views.practice_answer, name="practice_answer"),
    path("workshops/enrollments/<int:pk>/check-in/<str:occasion>/", outcome_views.check_in, name="check_in_form"),
    path(
        "workshops/enrollments/<int:pk>/check-in/<str:occasion>/consent/",
        outcome_views.consent,
        name="check_in_consent",
    ),
    path("workshops/enrollments/<int:pk>/check-in/<str:occasion>/skip/", outcome_views.skip, name="check_in_skip"),
    path("workshops/enrollments/<int:pk>/my-answers/", outcome_views.results, name="check_in_results"),
    *outcome_views.module_urlpatterns(),
    path("workshops/calendar-link/", views.calendar_link, name="calendar_link"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    *certificate_urls.urlpatterns,
]
