from django.urls import path

from learning import views

app_name = "learning"
urlpatterns = [
    path("reflections/<int:pk>/edit/", views.reflection_edit, name="reflection_edit"),
    path("reflections/<int:pk>/delete/", views.reflection_delete, name="reflection_delete"),
]
