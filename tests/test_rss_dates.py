"""RSS dates (RFC 2822) in front matter and records: the fast reading of the common form gives what the
standard library's parser gives, on generated dates of every month, zone and spacing."""
from __future__ import annotations

from email.utils import parsedate_to_datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.reading import CHINA_TZ, _rfc_2822

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ZONES = ("GMT", "UT", "UTC", "Z", "+0000", "+0800", "-0500", "+0530", "-0000", "gmt", "EST", "PDT")


def _library(text: str) -> str | None:
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=CHINA_TZ)).isoformat()


@settings(max_examples=400, deadline=None)
@given(weekday=st.sampled_from(("", "Thu, ", "Mon,", "Sun,  ")), day=st.integers(0, 32), month=st.sampled_from(MONTHS),
       upper=st.booleans(), year=st.integers(1900, 2100), hour=st.integers(0, 25), minute=st.integers(0, 59),
       second=st.one_of(st.none(), st.integers(0, 61)), zone=st.sampled_from(ZONES), space=st.sampled_from((" ", "  ")))
def test_common_form_reads_as_the_standard_library(weekday, day, month, upper, year, hour, minute, second, zone, space):
    clock = f"{hour:02d}:{minute:02d}" + ("" if second is None else f":{second:02d}")
    text = space.join((f"{weekday}{day}", month.upper() if upper else month, str(year), clock, zone))
    assert _rfc_2822(text) == _library(text), text


def test_the_seed_date():
    assert _rfc_2822("Thu, 16 Jun 2022 05:08:47 GMT") == "2022-06-16T05:08:47+00:00"
    assert _rfc_2822("2022-06-16 05:08") is None          # no month name: not an RSS date (the numeric reader's)
