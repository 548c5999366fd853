"""Taking what looks like personal data out of free text bound for IT support (log lines,
crash reports, diagnostics): a second guard behind the rule that such texts never hold any.

Runs of ten or more digits (a NIK has 16, a phone 10 to 13), Indonesian mobile numbers written
with separators, e-mail addresses, and the user name and password in a URL are replaced.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# +62 or 0, then 8 and at least 8 more digits, with spaces, dots or dashes between them.
_PHONE = re.compile(r"(?<![\w])(\+62|62|0)[\s.-]?8(?:[\s.-]?\d){7,12}(?!\d)")
_DIGIT_RUN = re.compile(r"\d{10,}")
_URL_USERINFO = re.compile(r"(?P<scheme>[a-zA-Z][\w+.-]*://)[^/@\s]+@")


def scrub(text: str) -> str:
    """`text` with e-mail addresses, phone numbers and long digit runs (NIK) replaced."""
    text = _URL_USERINFO.sub(r"\g<scheme>****:****@", text)
    text = _EMAIL.sub("[e-mail]", text)
    text = _PHONE.sub("[phone]", text)
    return _DIGIT_RUN.sub("[digits]", text)
