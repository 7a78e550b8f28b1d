"""Attendance: session sheets, self check-in, apologies, reports and exports."""
