"""Filling Wagtail admin forms reliably."""

from playwright.sync_api import Page


def fill_without_picker(page: Page, selector: str, value: str) -> None:
    """Set a date or time field's value without focusing it: focusing opens Wagtail's date/time
    picker, which can stay open over the fields and buttons below and swallow later clicks."""
    page.locator(selector).evaluate("(field, value) => { field.value = value; }", value)
