"""Signals other apps listen to. Bulk writes send no model signals, so learning says so itself."""

from django.dispatch import Signal

# Sent with user= after lessons done while signed out were added to that account at once.
progress_claimed = Signal()
