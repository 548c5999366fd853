"""Setting keys where rounds leave what the status area shows (no secrets, no personal data)."""

LAST_ROUND_AT = "sync.status.last_round_at"
LAST_SUCCESS_AT = "sync.status.last_success_at"
LAST_OUTCOME = "sync.status.last_outcome"
LAST_DETAIL = "sync.status.last_detail"
MASTERS_REFRESHED_AT = "sync.status.masters_refreshed_at"
TEMPLATES = "sync.national_templates"
# What the national API offers, as learned from its answers (`sync.capabilities`).
CAPABILITIES = "sync.status.capabilities"
# National status codes seen in answers, with LAPOR!'s name for each (`sync.statuses`).
STATUS_CODES_SEEN = "sync.status.national_status_codes"
