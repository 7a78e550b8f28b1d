"""Certificates: eligibility from the workshop's completion rule, issuing, PDF rendering,
public verification and the member's download. See services.py (writes) and selectors.py (reads)."""
