"""A stand-in for NCALayer in the tests: a TLS WebSocket server on 127.0.0.1 with its own TEST chain.

The TLS chain (a TEST root and a ``CN=127.0.0.1`` server certificate) is made here with ``cryptography``;
the client pins the root. ``behaviour`` picks the answer to ``sign``: 'sign' (a CMS from the given
signer over the data it received), 'cancel', 'refuse', 'silent' (no answer; heartbeats are echoed),
'old' (greets as version 1.2), 'legacy_cancel'. Every message received is kept in ``received``.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import ssl
import tempfile
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from websockets.sync.server import ServerConnection, serve


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ")])


def make_tls_chain() -> tuple[str, bytes, bytes]:
    """(root PEM, server certificate chain PEM, server key PEM) for 127.0.0.1."""
    now = datetime.now(UTC)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = (
        x509.CertificateBuilder()
        .subject_name(_name("STAND-IN NCALAYER ROOT TEST"))
        .issuer_name(_name("STAND-IN NCALAYER ROOT TEST"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(root_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    key_pem = key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return root.public_bytes(pem).decode(), leaf.public_bytes(pem), key_pem


class StandIn:
    """The server; use as a context manager. ``url`` and ``root_pem`` are what the client needs."""

    def __init__(self, behaviour: str = "sign", cms_for: Callable[[bytes], bytes] | None = None) -> None:
        self.behaviour = behaviour
        self.cms_for = cms_for
        self.received: list[Any] = []
        self.root_pem, chain, key = make_tls_chain()
        folder = Path(tempfile.mkdtemp(prefix="ncalayer-standin-"))
        (folder / "cert.pem").write_bytes(chain)
        (folder / "key.pem").write_bytes(key)
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
        self._server = serve(self._handle, "127.0.0.1", 0, ssl=self._context)
        self.url = f"wss://127.0.0.1:{self._server.socket.getsockname()[1]}/"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> StandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._thread.join(5)

    def _handle(self, connection: ServerConnection) -> None:
        connection.send(json.dumps({"result": {"version": "1.2" if self.behaviour == "old" else "1.4"}}))
        for raw in connection:
            if raw == "--heartbeat--":
                self.received.append(raw)
                connection.send(raw)
                continue
            request = json.loads(raw)
            self.received.append(request)
            answer = self._answer(request)
            if answer is not None:
                connection.send(json.dumps(answer))

    def _answer(self, request: dict[str, Any]) -> dict[str, Any] | None:
        if self.behaviour == "silent":
            return None
        if self.behaviour == "cancel":
            return {"status": True, "body": {}}
        if self.behaviour == "legacy_cancel":
            return {"code": "500", "message": "action.canceled"}
        if self.behaviour == "refuse":
            return {"status": False, "code": "SIGNING_FAILURE", "message": "no key with BIN"}
        assert self.cms_for is not None
        data = base64.b64decode(request["args"]["data"])
        return {"status": True, "body": {"result": [base64.b64encode(self.cms_for(data)).decode()]}}
