"""The staff home in the Wagtail admin: what needs doing today, one click from each task."""
