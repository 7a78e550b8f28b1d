"""Forms for signing up, and for staff running a cohort. Rules live in workshops.services."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from cms.roles import STAFF_ROLES
from cms.timezones import time_zone_choices
from workshops.models import SEAT_HOLDING_STATUSES, CohortStatus, Relationship, WorkshopPage
from workshops.models.cohorts import MAX_SESSION_MINUTES, MIN_SESSION_MINUTES
from workshops.selectors import cohort_finish_refusal


class EnrollmentForm(forms.Form):
    """What a member answers to join a group: the relationship and the confidentiality promise."""

    relationship = forms.ChoiceField(
        label=_("How are you related to your loved one?"),
        choices=Relationship.choices,
        widget=forms.RadioSelect,
        help_text=_("We only ask this to plan the group. We never ask about your loved one."),
        error_messages={"required": _("Please choose how you are related to your loved one.")},
    )
    confidentiality = forms.BooleanField(
        label=_("I agree to keep what the group shares private."),
        error_messages={"required": _("Please agree to keep what the group shares private.")},
    )


class AddMemberForm(forms.Form):
    """Staff add a member who has an account."""

    email = forms.EmailField(label=_("Member's email address"))
    relationship = forms.ChoiceField(label=_("Relationship to their loved one"), choices=Relationship.choices)
    confidentiality = forms.BooleanField(
        label=_("The member has agreed to the group's confidentiality agreement"),
        error_messages={"required": _("Please confirm the member agreed to the confidentiality agreement.")},
    )


class SessionRescheduleForm(forms.Form):
    """A new local date and time, in the cohort's own time zone."""

    starts_on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    local_start_time = forms.TimeField(label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"}))
    minutes = forms.IntegerField(label=_("Minutes"), min_value=MIN_SESSION_MINUTES, max_value=MAX_SESSION_MINUTES)


def facilitator_queryset():
    """Clinicians, program staff and superusers: people who may lead a group."""
    return (
        get_user_model()
        .objects.filter(Q(is_superuser=True) | Q(groups__name__in=STAFF_ROLES), is_active=True)
        .distinct()
        .order_by("display_name", "email")
    )


def workshop_choice_label(page: WorkshopPage) -> str:
    return f"{page.title} ({page.locale.get_display_name()})"


class CohortAdminForm(WagtailAdminModelForm):
    """The cohort form in the Wagtail admin: real time zones, staff-only facilitators, live workshops."""

    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "facilitators" in self.fields:
            self.fields["facilitators"].queryset = facilitator_queryset()
            self.fields["facilitators"].widget = forms.CheckboxSelectMultiple(
                choices=self.fields["facilitators"].choices
            )
        if "workshop" in self.fields:
            # English and Spanish pages share titles' look: each option says its language.
            self.fields["workshop"].queryset = (
                WorkshopPage.objects.live().select_related("locale").order_by("locale__language_code", "title")
            )
            self.fields["workshop"].label_from_instance = workshop_choice_label

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status == CohortStatus.FINISHED and self.instance.pk:
            refusal = cohort_finish_refusal(cohort=self.instance)
            if refusal:
                raise forms.ValidationError(refusal)
        return status

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if self.instance.pk:
            taken = self.instance.enrollments.filter(status__in=SEAT_HOLDING_STATUSES).count()
            if capacity < taken:
                raise forms.ValidationError(
                    _("%(taken)s people already hold a seat. Move or decline some first, or keep that many seats.")
                    % {"taken": taken}
                )
        return capacity
