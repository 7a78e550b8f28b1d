"""Printable session handouts and a cohort's handout pack (stored and rendered by cms.handouts)."""
