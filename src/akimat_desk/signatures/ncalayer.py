"""A client of NCALayer, the NCA RK's local signing service, over ``wss://127.0.0.1:13579``.

Protocol (as the open-source clients use it; docs/esign.md): on connect the service greets with
``{"result":{"version":"1.4"}}``; the text ``--heartbeat--`` is echoed (we send it while the signatory
chooses a key, so idle proxies and the service keep the socket open); the request is the module
``kz.gov.pki.knca.basics`` method ``sign`` with named args; the answer is
``{"status":true,"body":{"result":["<base64 CMS>"]}}``, a cancel ``{"status":true,"body":{}}``, a failure
``{"status":false,"code":...,"message":...}``.

TLS: NCALayer's certificate is trusted only through the pinned root(s) given (the NCA RK RSA root it
chains to), never through the system store. The result is untrusted too: the caller verifies the CMS.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import ssl
from collections.abc import Callable, Sequence
from typing import Any

import websockets
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from .signing import EKU_EMAIL_PROTECTION, SigningError, SigningRequest

DEFAULT_URL = "wss://127.0.0.1:13579/"
MIN_VERSION = (1, 3)  # the basics module and its `sign` method need NCALayer 1.3 or newer
HEARTBEAT = "--heartbeat--"
LOCALES = {"kk": "kk", "ru": "ru", "en": "en"}


def sign_request(request: SigningRequest) -> dict[str, Any]:
    """The JSON message of the ``kz.gov.pki.knca.basics`` ``sign`` call for a detached CMS of the data."""
    return {
        "module": "kz.gov.pki.knca.basics",
        "method": "sign",
        "args": {
            "allowedStorages": ["PKCS12", "AKKaztokenStore", "AKKZIDCardStore", "AKJaCartaStore"],
            "format": "cms",
            "data": base64.b64encode(request.data).decode("ascii"),
            "signingParams": {"decode": True, "encapsulate": False, "digested": False},
            "signerParams": {
                "extKeyUsageOids": [EKU_EMAIL_PROTECTION, *request.roles],
                "iin": request.iin,
                "bin": request.bin,
                "chain": None,
            },
            "locale": LOCALES.get(request.locale, "ru"),
        },
    }


def parse_version(text: str) -> tuple[int, ...]:
    """'1.4' -> (1, 4); raises SigningError('protocol') for anything else."""
    try:
        return tuple(int(part) for part in str(text).split("."))
    except ValueError:
        raise SigningError("protocol", f"version {text!r}") from None


def check_greeting(raw: str | bytes) -> tuple[int, ...]:
    """The version from the greeting; SigningError('old_version') below MIN_VERSION."""
    try:
        version = json.loads(raw)["result"]["version"]
    except (ValueError, KeyError, TypeError):
        raise SigningError("protocol", f"greeting {str(raw)[:80]!r}") from None
    parsed = parse_version(version)
    if parsed < MIN_VERSION:
        raise SigningError("old_version", str(version))
    return parsed


def parse_answer(raw: str | bytes) -> bytes:
    """The CMS (DER) from the answer to ``sign``; SigningError for a cancel or a failure."""
    try:
        answer = json.loads(raw)
    except ValueError:
        raise SigningError("protocol", f"answer {str(raw)[:80]!r}") from None
    if not isinstance(answer, dict):
        raise SigningError("protocol", "answer is not an object")
    if answer.get("status") is False:
        raise SigningError("refused", f"{answer.get('code')}: {answer.get('message')}"[:300])
    if answer.get("code") == "500" and answer.get("message") == "action.canceled":  # the legacy API's cancel
        raise SigningError("cancelled")
    body = answer.get("body")
    if answer.get("status") is not True or not isinstance(body, dict):
        raise SigningError("protocol", f"answer {str(raw)[:80]!r}")
    result = body.get("result")
    if not result:
        raise SigningError("cancelled")
    if not isinstance(result, list) or not isinstance(result[0], str):
        raise SigningError("protocol", "result is not a list of base64 strings")
    try:
        return base64.b64decode(result[0], validate=False)
    except (binascii.Error, ValueError):
        raise SigningError("protocol", "result is not base64") from None


def tls_context(pinned_roots_pem: Sequence[str]) -> ssl.SSLContext:
    """A client TLS context that trusts only the given root certificates (PEM), with host name checks."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(cadata="\n".join(pinned_roots_pem))
    return context


class NcaLayerSigner:
    """Signs through NCALayer. ``pinned_roots_pem``: the root(s) NCALayer's TLS certificate must chain to.

    ``timeout``: seconds the signatory has to choose the key and enter the PIN; ``heartbeat``: seconds
    between keep-alives; ``on_wait``: called (from the signing thread) once the request is sent, so the
    window can say that NCALayer waits for the signatory.
    """

    name = "ncalayer"

    def __init__(
        self,
        pinned_roots_pem: Sequence[str],
        *,
        url: str = DEFAULT_URL,
        timeout: float = 300.0,
        connect_timeout: float = 5.0,
        heartbeat: float = 20.0,
        on_wait: Callable[[], None] | None = None,
    ) -> None:
        if not pinned_roots_pem:
            raise SigningError("untrusted_service", "no pinned root for NCALayer's TLS certificate")
        self._context = tls_context(pinned_roots_pem)
        self._url = url
        self._timeout = timeout
        self._connect_timeout = connect_timeout
        self._heartbeat = heartbeat
        self._on_wait = on_wait
        self.version: tuple[int, ...] | None = None

    def sign(self, request: SigningRequest) -> bytes:
        """Blocks until NCALayer answers (run it off the GUI thread); raises SigningError."""
        return asyncio.run(self._sign(request))

    async def _sign(self, request: SigningRequest) -> bytes:
        try:
            connection = await asyncio.wait_for(
                websockets.connect(self._url, ssl=self._context, open_timeout=None, max_size=2**26, ping_interval=None),
                self._connect_timeout,
            )
        except ssl.SSLError as exc:
            raise SigningError("untrusted_service", str(exc)[:300]) from None
        except (OSError, InvalidHandshake, InvalidURI) as exc:
            raise SigningError("not_running", f"{type(exc).__name__}: {exc}"[:300]) from None
        except TimeoutError:
            raise SigningError("not_running", "no answer to the connection") from None
        async with connection:
            try:
                return await self._exchange(connection, request)
            except ConnectionClosed as exc:
                raise SigningError("not_running", f"connection closed: {exc}"[:300]) from None

    async def _exchange(self, connection: Any, request: SigningRequest) -> bytes:
        try:
            greeting = await asyncio.wait_for(connection.recv(), self._connect_timeout)
        except TimeoutError:
            raise SigningError("protocol", "no greeting") from None
        self.version = check_greeting(greeting)
        await connection.send(json.dumps(sign_request(request)))
        if self._on_wait is not None:
            self._on_wait()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._timeout
        while True:
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise SigningError("timeout", f"no answer within {self._timeout:g} s")
            try:
                raw = await asyncio.wait_for(connection.recv(), min(self._heartbeat, remaining))
            except TimeoutError:
                await connection.send(HEARTBEAT)
                continue
            if raw == HEARTBEAT:
                continue
            return parse_answer(raw)
