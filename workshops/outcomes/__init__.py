"""Outcome check-ins in workshops: members answer before and after; staff see only safe aggregates."""
