"""The LAPOR! connection settings: their checks, their rows, and what requests is given."""

from __future__ import annotations

import http.server
import math
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from desktop.services.sync_config import (
    ConfigProblem,
    ConfigProblemCode,
    SyncConfig,
    check_config,
    from_settings,
    mask_proxy,
    requests_options,
    to_settings,
)
from tests.helpers.tls import self_signed

PRODUCTION = "https://api.lapor.go.id/v3"
PROXY_PASSWORD = "Rahasia-Proxy-77"


@pytest.fixture(scope="module")
def certificate() -> tuple[bytes, bytes]:
    return self_signed("Meja Aduan test CA")


@pytest.fixture
def ca_bundle(tmp_path: Path, certificate: tuple[bytes, bytes]) -> Path:
    path = tmp_path / "kantor-ca.pem"
    path.write_bytes(certificate[0])
    return path


def codes(config: SyncConfig) -> list[tuple[str, ConfigProblemCode]]:
    return [(p.field, p.code) for p in check_config(config)]


# Checks


def test_a_sound_production_config_has_no_problems(ca_bundle: Path) -> None:
    config = SyncConfig(
        base_url=PRODUCTION,
        ca_bundle=ca_bundle,
        proxy=f"http://aduan:{PROXY_PASSWORD}@proxy.kantor.go.id:3128",
        enabled=True,
    )
    assert check_config(config) == []


def test_the_defaults_are_off_and_sound() -> None:
    config = SyncConfig()
    assert (config.enabled, config.base_url, config.training) == (False, "", False)
    assert (config.connect_timeout_s, config.read_timeout_s, config.interval_minutes) == (
        10,
        30,
        15,
    )
    assert check_config(config) == []


def test_switched_on_without_an_address_is_a_problem() -> None:
    assert codes(SyncConfig(enabled=True)) == [("base_url", ConfigProblemCode.MISSING)]
    assert codes(SyncConfig(base_url="   ", enabled=True)) == [
        ("base_url", ConfigProblemCode.MISSING)
    ]


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://api.lapor.go.id", None),
        ("https://api.lapor.go.id:8443/v3/", None),
        # The sandbox hub on this machine: plain http is fine, nothing leaves the PC.
        ("http://127.0.0.1:8765", None),
        ("http://localhost:8765/v3", None),
        ("http://[::1]:8765", None),
        # Anywhere else the token would cross a network in clear.
        ("http://api.lapor.go.id/v3", ConfigProblemCode.HTTPS_REQUIRED),
        ("http://192.168.1.20:8765", ConfigProblemCode.HTTPS_REQUIRED),
        ("http://127.0.0.2:8765", ConfigProblemCode.HTTPS_REQUIRED),
        ("http://localhost.evil.example", ConfigProblemCode.HTTPS_REQUIRED),
        ("api.lapor.go.id", ConfigProblemCode.NOT_HTTP_URL),
        ("ftp://api.lapor.go.id", ConfigProblemCode.NOT_HTTP_URL),
        ("https://", ConfigProblemCode.NOT_HTTP_URL),
        ("https://api.lapor.go.id:99999", ConfigProblemCode.NOT_HTTP_URL),
        ("https://api.lapor .go.id", ConfigProblemCode.NOT_HTTP_URL),
        ("https://user:secret@api.lapor.go.id", ConfigProblemCode.NOT_HTTP_URL),
    ],
)
def test_the_base_url(url: str, code: ConfigProblemCode | None) -> None:
    expected = [] if code is None else [("base_url", code)]
    assert codes(SyncConfig(base_url=url, enabled=True)) == expected


def test_a_ca_bundle_of_several_certificates_is_accepted(
    tmp_path: Path, certificate: tuple[bytes, bytes]
) -> None:
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(certificate[0] + self_signed("Second CA")[0])
    assert check_config(SyncConfig(ca_bundle=bundle)) == []


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, ConfigProblemCode.FILE_NOT_FOUND),
        (b"", ConfigProblemCode.NOT_PEM_CERTIFICATE),
        (b"not a certificate\n", ConfigProblemCode.NOT_PEM_CERTIFICATE),
        ("key", ConfigProblemCode.NOT_PEM_CERTIFICATE),  # a private key is no certificate
        ("der", ConfigProblemCode.NOT_PEM_CERTIFICATE),  # the right certificate, wrong encoding
        ("damaged", ConfigProblemCode.NOT_PEM_CERTIFICATE),
    ],
)
def test_the_ca_bundle_must_be_a_pem_certificate_file(
    tmp_path: Path,
    certificate: tuple[bytes, bytes],
    content: bytes | str | None,
    code: ConfigProblemCode,
) -> None:
    path = tmp_path / "ca.pem"
    if content == "key":
        path.write_bytes(certificate[1])
    elif content == "der":
        path.write_bytes(
            x509.load_pem_x509_certificate(certificate[0]).public_bytes(serialization.Encoding.DER)
        )
    elif content == "damaged":
        path.write_bytes(certificate[0].replace(b"M", b"!", 3))
    elif isinstance(content, bytes):
        path.write_bytes(content)
    assert codes(SyncConfig(ca_bundle=path)) == [("ca_bundle", code)]


def test_the_ca_bundle_is_a_file_named_in_full(tmp_path: Path) -> None:
    assert codes(SyncConfig(ca_bundle=tmp_path)) == [
        ("ca_bundle", ConfigProblemCode.FILE_NOT_FOUND)
    ]
    # Relative to what? A scheduled sync starts in another folder than the app.
    assert codes(SyncConfig(ca_bundle=Path("kantor-ca.pem"))) == [
        ("ca_bundle", ConfigProblemCode.RELATIVE_PATH)
    ]


@pytest.mark.parametrize(
    ("proxy", "good"),
    [
        ("http://proxy.kantor.go.id:3128", True),
        ("https://proxy.kantor.go.id:3129/", True),
        (f"http://aduan:{PROXY_PASSWORD}@10.0.0.1:8080", True),
        ("http://aduan:p%40ss@proxy:8080", True),
        ("proxy.kantor.go.id:3128", False),
        ("socks5://proxy.kantor.go.id:1080", False),
        ("http://", False),
        ("http://proxy:port", False),
        ("http://proxy:3128/path", False),
        ("http://proxy server:3128", False),
    ],
)
def test_the_proxy(proxy: str, good: bool) -> None:
    expected = [] if good else [("proxy", ConfigProblemCode.MALFORMED_URL)]
    assert codes(SyncConfig(proxy=proxy)) == expected


@pytest.mark.parametrize(
    ("field", "value", "low", "high"),
    [
        ("connect_timeout_s", 0.0, 1, 120),
        ("connect_timeout_s", 121.0, 1, 120),
        ("connect_timeout_s", math.nan, 1, 120),
        ("read_timeout_s", -5.0, 1, 600),
        ("read_timeout_s", math.inf, 1, 600),
        ("interval_minutes", 1, 5, 1440),
        ("interval_minutes", 1441, 5, 1440),
    ],
)
def test_out_of_range_numbers_name_their_bounds(
    field: str, value: float, low: float, high: float
) -> None:
    config = SyncConfig(**{field: value})  # type: ignore[arg-type]
    assert check_config(config) == [
        ConfigProblem(field, ConfigProblemCode.OUT_OF_RANGE, minimum=low, maximum=high)
    ]


def test_the_bounds_themselves_are_allowed() -> None:
    assert check_config(SyncConfig(connect_timeout_s=1, read_timeout_s=600)) == []
    assert check_config(SyncConfig(interval_minutes=5)) == []


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    config = SyncConfig(
        base_url="http://api.lapor.go.id",
        ca_bundle=tmp_path / "missing.pem",
        proxy="nonsense",
        interval_minutes=0,
        enabled=True,
    )
    assert [p.field for p in check_config(config)] == [
        "base_url",
        "ca_bundle",
        "proxy",
        "interval_minutes",
    ]


# Settings rows


def test_settings_round_trip(ca_bundle: Path) -> None:
    config = SyncConfig(
        base_url="http://127.0.0.1:8765",
        ca_bundle=ca_bundle,
        proxy=f"http://aduan:{PROXY_PASSWORD}@proxy:3128",
        connect_timeout_s=5.5,
        read_timeout_s=45,
        interval_minutes=30,
        training=True,
        enabled=True,
    )
    rows = to_settings(config)
    assert all(key.startswith("sync.") for key in rows)
    assert rows["sync.enabled"] == "true"
    assert from_settings(rows) == config
    assert from_settings(to_settings(SyncConfig())) == SyncConfig()


def test_missing_rows_mean_off_and_no_address() -> None:
    config = from_settings({"desk.name": "Kantor Bupati Bogor"})
    assert config == SyncConfig()
    assert (config.enabled, config.base_url, config.ca_bundle, config.proxy) == (
        False,
        "",
        None,
        None,
    )


def test_unreadable_rows_fall_back_to_the_defaults_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    config = from_settings(
        {
            "sync.base_url": PRODUCTION,
            "sync.interval_minutes": "setiap jam",
            "sync.read_timeout_s": "",
            "sync.enabled": "ya",
        }
    )
    assert config == SyncConfig(base_url=PRODUCTION)
    warned = [r.getMessage() for r in caplog.records if r.name == "sync"]
    assert any("sync.interval_minutes" in m for m in warned)
    assert any("sync.enabled" in m for m in warned)


# Secrets in the repr


def test_the_proxy_password_never_shows_in_the_repr() -> None:
    config = SyncConfig(base_url=PRODUCTION, proxy=f"http://aduan:{PROXY_PASSWORD}@proxy:3128")
    for shown in (repr(config), str(config), f"{config}"):
        assert PROXY_PASSWORD not in shown
        assert "http://aduan:****@proxy:3128" in shown
    assert PRODUCTION in repr(config)


@pytest.mark.parametrize(
    ("proxy", "shown"),
    [
        (None, None),
        ("http://proxy:3128", "http://proxy:3128"),
        ("http://aduan@proxy:3128", "****@proxy:3128"),
        (f"http://aduan:{PROXY_PASSWORD}@proxy:3128", "http://aduan:****@proxy:3128"),
        (f"aduan:{PROXY_PASSWORD}@proxy:3128", "****@proxy:3128"),  # no scheme: not a URL
    ],
)
def test_mask_proxy(proxy: str | None, shown: str | None) -> None:
    assert mask_proxy(proxy) == shown


# What requests is given


def test_requests_options(ca_bundle: Path) -> None:
    proxy = "http://proxy.kantor.go.id:3128"
    options = requests_options(
        SyncConfig(base_url=PRODUCTION, ca_bundle=ca_bundle, proxy=proxy, read_timeout_s=45)
    )
    assert options == {
        "verify": str(ca_bundle),
        "proxies": {"http": proxy, "https": proxy},
        "timeout": (10.0, 45.0),
    }
    plain = requests_options(SyncConfig(base_url=PRODUCTION))
    assert plain["verify"] is True  # the system's roots; never False
    assert plain["proxies"] == {}


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        body = b'{"status": "ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output clean


@pytest.fixture
def https_server(tmp_path: Path, certificate: tuple[bytes, bytes]) -> Iterator[str]:
    """A real HTTPS server on 127.0.0.1 whose certificate only the test CA vouches for."""
    (tmp_path / "server.pem").write_bytes(certificate[0])
    (tmp_path / "server.key").write_bytes(certificate[1])
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "server.pem", tmp_path / "server.key")
    server = http.server.HTTPServer(("127.0.0.1", 0), _Hello)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="test-https-server"
    )
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_a_session_with_the_options_trusts_the_offices_ca(
    https_server: str, ca_bundle: Path
) -> None:
    with_bundle = requests_options(SyncConfig(base_url=https_server, ca_bundle=ca_bundle))
    without = requests_options(SyncConfig(base_url=https_server))
    with requests.Session() as session:
        session.trust_env = False  # the machine's proxy variables are not this test's subject
        session.verify = with_bundle["verify"]
        session.proxies = with_bundle["proxies"]
        reply = session.get(https_server, timeout=with_bundle["timeout"])
        assert reply.json() == {"status": "ok"}
    with requests.Session() as session:
        session.trust_env = False
        session.verify = without["verify"]
        with pytest.raises(requests.exceptions.SSLError):
            session.get(https_server, timeout=without["timeout"])
