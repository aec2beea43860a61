"""The NCALayer client against a local stand-in (TLS on 127.0.0.1, a TEST chain made in the test)."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta

import pytest

from akimat_desk.signatures import Verdict, verify
from akimat_desk.signatures.ncalayer import NcaLayerSigner, parse_answer
from akimat_desk.signatures.p12_signer import detached_cms
from akimat_desk.signatures.pkcs12 import KeyPair
from akimat_desk.signatures.signing import ROLE_RIGHT_OF_SIGNATURE, SigningError, SigningRequest

from .ncalayer_standin import StandIn, make_tls_chain

PDF = b"%PDF-1.7\n% letter for NCALayer\n" + b"x" * 3000
REQUEST = SigningRequest(PDF, bin="123456789021", iin="123456789011", locale="kk")


def _client(server: StandIn, **kwargs: object) -> NcaLayerSigner:
    return NcaLayerSigner([server.root_pem], url=server.url, **kwargs)  # type: ignore[arg-type]


def test_sign_through_the_stand_in(nca_key: KeyPair, nca_store: object) -> None:
    waited: list[bool] = []
    with StandIn("sign", lambda data: detached_cms(nca_key, data, datetime.now(UTC))) as server:
        der = _client(server, on_wait=lambda: waited.append(True)).sign(REQUEST)
    request = server.received[0]
    assert request["module"] == "kz.gov.pki.knca.basics" and request["method"] == "sign"
    args = request["args"]
    assert args["format"] == "cms" and args["locale"] == "kk"
    assert args["signingParams"] == {"decode": True, "encapsulate": False, "digested": False}
    assert args["signerParams"]["bin"] == "123456789021" and args["signerParams"]["iin"] == "123456789011"
    assert ROLE_RIGHT_OF_SIGNATURE in args["signerParams"]["extKeyUsageOids"]
    assert waited == [True]
    at = nca_key.certificate.not_valid_before + timedelta(days=30)
    assert verify(der, PDF, trust=nca_store, allow_test=True, at=at).verdict is Verdict.VALID  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("behaviour", "code"),
    [("cancel", "cancelled"), ("legacy_cancel", "cancelled"), ("refuse", "refused"), ("old", "old_version")],
)
def test_failures_have_their_code(behaviour: str, code: str) -> None:
    with StandIn(behaviour) as server, pytest.raises(SigningError) as failed:
        _client(server).sign(REQUEST)
    assert failed.value.code == code


def test_heartbeats_while_waiting_then_time_out() -> None:
    with StandIn("silent") as server, pytest.raises(SigningError) as failed:
        _client(server, timeout=0.8, heartbeat=0.2).sign(REQUEST)
    assert failed.value.code == "timeout"
    assert server.received.count("--heartbeat--") >= 2


def test_not_running() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    root_pem, _, _ = make_tls_chain()
    with pytest.raises(SigningError) as failed:
        NcaLayerSigner([root_pem], url=f"wss://127.0.0.1:{port}/", connect_timeout=2).sign(REQUEST)
    assert failed.value.code == "not_running"


def test_a_service_not_chained_to_the_pinned_root_is_not_trusted() -> None:
    other_root, _, _ = make_tls_chain()
    with StandIn("sign") as server, pytest.raises(SigningError) as failed:
        NcaLayerSigner([other_root], url=server.url).sign(REQUEST)
    assert failed.value.code == "untrusted_service"
    assert server.received == []  # the letter never left the machine's client


@pytest.mark.parametrize(
    "raw",
    ['{"status":true}', '{"status":true,"body":{"result":[5]}}', "[]", "not json", '{"status":true,"body":[]}'],
)
def test_malformed_answers_are_protocol_errors(raw: str) -> None:
    with pytest.raises(SigningError) as failed:
        parse_answer(raw)
    assert failed.value.code == "protocol"
