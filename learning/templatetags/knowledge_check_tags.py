"""The order a knowledge check shows its answers in (learning.blocks.options_in_display_order)."""

from django import template

from learning.blocks import options_in_display_order

register = template.Library()


@register.simple_tag
def knowledge_check_options(options, block_id) -> list:
    """(stored index, option) pairs in the order readers see them."""
    return options_in_display_order(block_id, options)
