"""What both peers of the exchange put on the wire besides JSON bodies: paths and headers."""

from __future__ import annotations

PREFIX = "/office/v1"
HELLO = PREFIX + "/hello"
JOIN = PREFIX + "/join"
PUSH = PREFIX + "/push"
PULL = PREFIX + "/pull"
AUDIT = PREFIX + "/audit"  # the desk's audit head, once per exchange
# The server's own events a desk gives back to a register restored from a backup (protocol 2).
GIVE_BACK = PREFIX + "/give-back"
# An attachment's file by its plaintext SHA-256: PUT before the event naming it is pushed,
# GET before a pulled event naming it is applied. Encrypted at rest at both ends.
FILES = PREFIX + "/files/{sha256}"
MAX_FILE_BYTES = 100 * 1024 * 1024  # above any desk's attachment limit

# The version handshake travels with every request, so a desk outside the server's range is
# refused whatever it asks; `hello` starts each exchange and returns the server's own.
PROTOCOL_HEADER = "X-Meja-Protocol"
APP_VERSION_HEADER = "X-Meja-App-Version"
SCHEMA_HEADER = "X-Meja-Schema"
# "Desk <desk id>:<secret>", the secret given once when the desk joined.
AUTHORIZATION = "Authorization"
DESK_SCHEME = "Desk"
# The status of a refusal for the protocol: "upgrade required".
REFUSED_VERSION = 426
