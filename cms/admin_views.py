"""Admin screens of cms: erase a member's account and data on their request (and the empty admin
page `make bench` measures staff pages against)."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from cms.confirmation import ERASE_WORD, confirmation_matches, shown
from cms.roles import PROGRAM_STAFF, has_role, is_staff_member
from cms.services import account_erase


def can_erase_members(user) -> bool:
    return user.is_superuser or has_role(user, PROGRAM_STAFF)


class EraseMemberForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Member's email address"))
    confirm = forms.CharField(
        label=format_lazy(gettext_lazy("Type {word} to confirm"), word=ERASE_WORD[1]),
        help_text=gettext_lazy("This deletes the account, progress, reflections and workshop places for good."),
    )

    def clean_confirm(self) -> str:
        if not confirmation_matches(self.cleaned_data["confirm"], ERASE_WORD):
            raise forms.ValidationError(_("Type %(word)s in capital letters to confirm.") % {"word": shown(ERASE_WORD)})
        return ERASE_WORD[0]

    def clean_email(self):
        email = self.cleaned_data["email"]
        member = get_user_model().objects.filter(email__iexact=email).first()
        if member is None:
            raise forms.ValidationError(_("No member has this email address."))
        if is_staff_member(member):
            raise forms.ValidationError(_("This is a staff account. Ask an administrator to remove it."))
        self.member = member
        return email


def erase_member(request):
    """Program staff erase a member on the member's request; the action is audited by account id."""
    if not can_erase_members(request.user):
        raise PermissionDenied
    form = EraseMemberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        member_id = form.member.pk
        account_erase(user=form.member, actor=request.user)
        messages.success(request, _("Member account #%(id)s and its data were erased.") % {"id": member_id})
        return redirect("kinship_erase_member")
    return TemplateResponse(
        request,
        "cms/admin/erase_member.html",
        {"form": form, "page_title": _("Erase a member's data"), "header_icon": "bin"},
        status=400 if request.method == "POST" else 200,
    )


class EmptyAdminPage(WagtailAdminTemplateMixin, TemplateView):
    """Wagtail's admin furniture (menu, sidebar, header) around nothing: what every staff page pays
    before its own work. A reference for `make bench`, mounted only when BENCH_FLOOR=1."""

    page_title = "Empty admin page"
