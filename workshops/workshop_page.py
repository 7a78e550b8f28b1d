"""The workshop page's context: the list of groups from the cache, the viewer's own place fresh.

Each group's card (name, language, dates, facilitators, free seats) is the same for everyone
who reads in the same language and time zone, and formatting a dozen dates per group is most
of the page's cost. So the cards are rendered once and kept under the workshop's listing
token (workshops/listing_versions.py), which changes with any cohort, session, enrollment or
facilitator change. What depends on the viewer (their own enrollment) or on the clock (sign-up
opening or closing) is worked out on every request from the kept cohort, never cached.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import get_language

from workshops.listing_versions import group_listing_token
from workshops.models import Cohort, Enrollment, WorkshopPage
from workshops.selectors import (
    OwnPlace,
    open_group_offers,
    own_live_enrollments,
    own_workshop_enrollments,
    sign_up_state,
)

CARD_TEMPLATE = "workshops/includes/cohort_card.html"
# Any change gets a new token; this only frees memory from lists nobody asks for any more.
CARDS_CACHE_SECONDS = 60 * 60


@dataclass(frozen=True)
class GroupCard:
    """One group as every reader in one language and time zone sees it."""

    cohort: Cohort  # without sessions or facilitators: they are in `html`
    seats_left: int
    html: str


@dataclass
class ListedGroup(OwnPlace):
    """A card with what depends on the viewer and on the clock."""

    card: GroupCard
    accepting: bool
    opens_later: bool
    my_enrollment: Enrollment | None

    @property
    def cohort(self) -> Cohort:
        return self.card.cohort

    @property
    def is_full(self) -> bool:
        return self.card.seats_left <= 0


def _render_cards(*, workshop: WorkshopPage, time_zone: str | None) -> list[GroupCard]:
    cards = []
    for offer in open_group_offers(workshop=workshop, time_zone=time_zone):
        html = render_to_string(CARD_TEMPLATE, {"offer": offer, "signed_in": time_zone is not None})
        cohort = offer.cohort
        cohort._prefetched_objects_cache = {}
        del cohort.scheduled_sessions
        cards.append(GroupCard(cohort=cohort, seats_left=offer.seats_left, html=html))
    return cards


def group_cards(*, workshop: WorkshopPage, time_zone: str | None) -> list[GroupCard]:
    """The workshop's open groups, rendered for `time_zone` (None: each group's own zone, for
    visitors). One query when kept; four when they have to be rendered."""
    token = group_listing_token(workshop.translation_key)
    key = f"workshops:group-cards:{workshop.translation_key}:{token}:{get_language()}:{time_zone or '-'}"
    cards = cache.get(key)
    if cards is None:
        cards = _render_cards(workshop=workshop, time_zone=time_zone)
        cache.set(key, cards, CARDS_CACHE_SECONDS)
    return cards


def workshop_page_context(*, workshop: WorkshopPage, user, now: datetime | None = None) -> dict:
    """Open groups of a workshop in the viewer's time zone, and the viewer's own groups."""
    now = now or timezone.now()
    cards = group_cards(workshop=workshop, time_zone=user.time_zone if user.is_authenticated else None)
    mine = own_workshop_enrollments(workshop=workshop, user=user)
    offers = []
    for card in cards:
        accepting, opens_later = sign_up_state(card.cohort, now)
        offers.append(
            ListedGroup(card=card, accepting=accepting, opens_later=opens_later, my_enrollment=mine.get(card.cohort.pk))
        )
    live = own_live_enrollments(mine)
    listed = {card.cohort.pk for card in cards}
    return {
        "offers": offers,
        "my_other_enrollments": [e for e in live if e.cohort_id not in listed],
        "in_a_live_group": bool(live),
    }
