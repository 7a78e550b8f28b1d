"""Printable handouts: stored, per-revision PDFs of lessons and workshop sessions (see services)."""
