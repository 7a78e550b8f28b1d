"""Who is who: the two staff roles and the checks built on them."""

CLINICIANS = "Clinicians"
PROGRAM_STAFF = "Program staff"
STAFF_ROLES = (CLINICIANS, PROGRAM_STAFF)

# The user's group names, read once per user object: one admin page asks several times
# (the view, each menu item), and each ask would otherwise be a query.
_GROUP_NAMES = "_kinship_group_names"


def group_names(user) -> frozenset[str]:
    if not user.is_authenticated:
        return frozenset()
    names = getattr(user, _GROUP_NAMES, None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        setattr(user, _GROUP_NAMES, names)
    return names


def remember_group_names(user, names) -> None:
    """For code that read the names with something else (cms.auth_backends: with the permissions)."""
    setattr(user, _GROUP_NAMES, frozenset(names))


def forget_group_names(user) -> None:
    """Called when the user's groups change, so a later check on the same object reads them again."""
    user.__dict__.pop(_GROUP_NAMES, None)


def has_role(user, *roles: str) -> bool:
    return not group_names(user).isdisjoint(roles)


def is_staff_member(user) -> bool:
    """Clinicians, program staff and superusers: the people who work in the admin."""
    return user.is_authenticated and (user.is_superuser or has_role(user, *STAFF_ROLES))
