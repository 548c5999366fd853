"""The office server's TLS certificate: one it makes for itself on first start, or IT staff's.

The self-made one names the server's host name, "localhost", 127.0.0.1 and the LAN addresses
found, and is its own issuer; desks pin it by its SHA-256 fingerprint (the join code carries
it), so no public CA is needed and no desk trusts any other certificate for the server.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import socket
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop.store.private_files import make_file_private

CERTIFICATE_FILE = "office-server-cert.pem"
KEY_FILE = "office-server-key.pem"
VALID_DAYS = 3650  # pinned by fingerprint: renewing means a new join for every desk


def lan_addresses() -> list[str]:
    """This computer's IPv4 addresses as the network sees them (best effort, no traffic)."""
    found: set[str] = {"127.0.0.1"}
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(str(info[4][0]))
    except OSError:
        pass
    try:  # the address of the route out (a UDP "connect" sends nothing)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))
            found.add(probe.getsockname()[0])
    except OSError:
        pass
    return sorted(found)


def ensure_certificate(data_dir: Path) -> tuple[Path, Path]:
    """The self-made certificate and key in the data folder, made when missing."""
    certificate_path, key_path = data_dir / CERTIFICATE_FILE, data_dir / KEY_FILE
    if certificate_path.exists() and key_path.exists():
        return certificate_path, key_path
    certificate, key = _self_signed(socket.gethostname(), lan_addresses())
    # Created 0600 (not chmod-ed after): the private key is never readable by others.
    descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as written:
        written.write(key)
    make_file_private(key_path)
    certificate_path.write_bytes(certificate)
    return certificate_path, key_path


def fingerprint(certificate_pem: bytes) -> str:
    """SHA-256 of the certificate's DER form, lower-case hex (what the join code carries)."""
    der = ssl.PEM_cert_to_DER_cert(certificate_pem.decode("ascii"))
    return hashlib.sha256(der).hexdigest()


def _self_signed(host_name: str, addresses: list[str]) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, host_name[:64] or "meja-aduan-office"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Meja Aduan office server"),
        ]
    )
    dns = sorted({host_name, "localhost"} - {""})
    names: list[x509.GeneralName] = [x509.DNSName(n) for n in dns]
    names += [x509.IPAddress(ipaddress.ip_address(a)) for a in addresses]
    now = dt.datetime.now(dt.UTC)
    public = key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        # Its own issuer: a desk that pins it verifies the chain of this one certificate.
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return certificate.public_bytes(serialization.Encoding.PEM), key_pem
