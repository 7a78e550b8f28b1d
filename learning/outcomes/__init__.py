"""Outcome check-ins: short questionnaires clinicians write, answered before and after a workshop."""
