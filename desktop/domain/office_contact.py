"""How a complainant reaches the office to follow their complaint: what the receipt prints.

The office's phone and WhatsApp numbers are kept as IT staff wrote them ("(0251) 8765432"), so
the receipt reads as people write numbers, but must be real numbers; the e-mail address and the
website are checked for their shape only.
"""

from __future__ import annotations

import re

CONTACT_MAX_LENGTH = 200
# A host name with at least one dot, with or without http(s):// and a path: "bogorkab.go.id",
# "https://bogorkab.go.id/pengaduan".
_WEBSITE = re.compile(
    r"^(https?://)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?(/\S*)?$",
    re.IGNORECASE,
)
# The national complaint site, printed on every receipt (SP4N-LAPOR!).
LAPOR_SITE = "https://www.lapor.go.id"


def is_valid_phone(text: str) -> bool:
    """Empty (not given) or a phone number; numbers without a country code are Indonesian."""
    # Imported here: phonenumbers is slow to load, and the first window reads the settings'
    # declaration (desktop.domain.desk_settings), which names these checks.
    from desktop.domain.identity import normalise_phone

    return not text.strip() or normalise_phone(text) is not None


def is_valid_email(text: str) -> bool:
    from desktop.domain.identity import check_email  # as in is_valid_phone

    return not text.strip() or check_email(text) is None


def is_valid_website(text: str) -> bool:
    address = text.strip()
    return not address or (len(address) <= CONTACT_MAX_LENGTH and bool(_WEBSITE.match(address)))
