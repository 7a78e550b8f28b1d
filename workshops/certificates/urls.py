"""Certificate URLs, added to workshops.urls (namespace "workshops")."""

from django.urls import path

from workshops.certificates import views

urlpatterns = [
    path("certificates/verify/", views.verify_form, name="certificate_verify_form"),
    path("certificates/verify/<str:code>/", views.verify, name="certificate_verify"),
    path("certificates/<int:pk>/download/", views.download, name="certificate_download"),
    path("me/certificates/", views.preferences, name="certificate_preferences"),
]
