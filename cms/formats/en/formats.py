"""Kinship's one date and time style in English (FORMAT_MODULE_PATH): month and day names in
full, a 12-hour clock, the zone named after a time. cms/dates.py maps its style names onto these."""

DATE_FORMAT = "F j, Y"  # a calendar day: "March 7, 2030"
WEEKDAY_DATE_FORMAT = "l, F j, Y"  # the day something happens: "Thursday, March 7, 2030"
DAY_FORMAT = "l, F j"  # the same when the year is plain: "Thursday, March 7"
MONTH_DAY_FORMAT = "F j"  # tight spaces such as table headings: "March 7"
WEEKDAY_FORMAT = "l"  # "Thursday"
YEAR_MONTH_FORMAT = "F Y"  # a whole month, as in a report: "March 2030"
TIME_FORMAT = "g:i A"  # "6:30 PM"
TIME_ZONE_FORMAT = "g:i A T"  # "6:30 PM EST"
# What Django and Wagtail show for a bare date or datetime, in the same style.
DATETIME_FORMAT = "l, F j, Y, g:i A T"
SHORT_DATE_FORMAT = "F j, Y"
SHORT_DATETIME_FORMAT = "F j, Y, g:i A T"
