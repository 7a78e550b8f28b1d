"""Who is who: the two staff roles and the checks built on them."""

CLINICIANS = "Clinicians"
PROGRAM_STAFF = "Program staff"
STAFF_ROLES = (CLINICIANS, PROGRAM_STAFF)


def has_role(user, *roles: str) -> bool:
    if not user.is_authenticated:
        return False
    return user.groups.filter(name__in=roles).exists()


def is_staff_member(user) -> bool:
    """Clinicians, program staff and superusers: the people who work in the admin."""
    return user.is_authenticated and (user.is_superuser or has_role(user, *STAFF_ROLES))
