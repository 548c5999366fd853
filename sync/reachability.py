"""Whether LAPOR!'s address answers at all: one short request, for IT staff checking a
provisioning file online before they apply it (`provision --check-online`, the set-up page)."""

from __future__ import annotations

import requests

from desktop.services.sync_config import SyncConfig, requests_options

# One request with short timeouts, so a dead address fails in seconds.
_TIMEOUT = (3.0, 5.0)


def why_unreachable(config: SyncConfig) -> str | None:
    """None when any HTTP answer came back; otherwise the kind of failure (no details, which
    may carry the proxy's address)."""
    options = requests_options(config)
    try:
        with requests.Session() as session:
            session.verify = options["verify"]
            session.proxies.update(options["proxies"])
            session.get(config.base_url, timeout=_TIMEOUT, allow_redirects=False).close()
    except requests.RequestException as error:
        return type(error).__name__
    return None
