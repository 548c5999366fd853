"""A provisioning file that sets everything, for the service's and the command line's tests."""

from __future__ import annotations

from pathlib import Path

KEY = "lapor-api-key-7f3a9c21d04e5b68"
TOKEN = "tok_Zx81-secret-bearer-token-0042"


def full_file(ca_bundle: Path, credentials_file: str = "lapor-credentials.toml") -> str:
    return f"""\
[office]
code = "3201"
name = "Bagian Organisasi Setda Kabupaten Bogor"
address = "Jl. Tegar Beriman No. 1"

[desk]
id = "loket-2"
language = "en"
max_attachment_mb = 20
idle_lock_minutes = 10

[lapor]
base_url = "https://api.lapor.go.id/v3"
training = false
enabled = true
ca_bundle = "{ca_bundle}"
proxy = "http://proxy.kantor.local:3128"
interval_minutes = 30
connect_timeout_s = 5
read_timeout_s = 45.5
credentials_file = "{credentials_file}"

[mapping.channel]
sms = 33

[mapping.institution]
default = "1234"

[mapping.category]
"Infrastruktur › Jalan dan Jembatan" = "88"

[sla]
verify = 4
complete_complaint = 20
cuti_bersama_stops_clock = false
days_off = [2026-06-15]
days_worked = [2026-12-24]

[backups]
automatic = false
hour = 19
keep_daily = 10
keep_weekly = 2
keep_monthly = 3
"""
