"""Kinship's one date and time style in Spanish (FORMAT_MODULE_PATH), after the RAE and Fundéu:
"jueves 7 de marzo de 2030", a 24-hour clock ("18:30"), the zone named after a time.
cms/dates.py writes the day and month names lowercase (Django's Spanish weekdays are capitalised)."""

DATE_FORMAT = r"j \d\e F \d\e Y"
WEEKDAY_DATE_FORMAT = r"l j \d\e F \d\e Y"
DAY_FORMAT = r"l j \d\e F"
MONTH_DAY_FORMAT = r"j \d\e F"
WEEKDAY_FORMAT = "l"
YEAR_MONTH_FORMAT = r"F \d\e Y"  # a whole month, as in a report: "marzo de 2030"
TIME_FORMAT = "H:i"
TIME_ZONE_FORMAT = "H:i T"
DATETIME_FORMAT = r"l j \d\e F \d\e Y, H:i T"
SHORT_DATE_FORMAT = r"j \d\e F \d\e Y"
SHORT_DATETIME_FORMAT = r"j \d\e F \d\e Y, H:i T"
