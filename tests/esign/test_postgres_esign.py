"""The e-signature area on PostgreSQL: trust store, e-filing in one transaction, re-verification."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.esign.trust_store import import_certificate, import_crl, list_crls, set_trust_test_roots
from akimat_desk.services.esign.verification import register_e_filing, reverify_filing, verification_history
from akimat_desk.services.filings.attachments import list_attachments
from akimat_desk.services.filings.registered import list_filings
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.signatures.pkcs12 import KeyPair
from akimat_desk.storage.filings.values import FilingQuery
from tests.conftest import FIXED_NOW

from .conftest import FULL_CRL, GOST_REVOKED_CEO, TEST_CA_2022, TEST_ROOT_2022, eds, notification, signed_notification
from .test_e_filing import RECEIVED, SIGNED_AT

pytestmark = pytest.mark.postgres


def test_e_filing_and_reverify_on_postgres(postgres_url: str, tmp_path: Path, key: Callable[[str], KeyPair]) -> None:
    reg = open_register(postgres_url, tmp_path / "backups")
    try:
        ctx = replace(reg.context, clock=lambda: FIXED_NOW)
        for path in (TEST_ROOT_2022, TEST_CA_2022):
            import_certificate(ctx, eds(path).read_bytes(), Path(path).name)
        set_trust_test_roots(ctx, True)
        data = notification(RECEIVED)
        _, cms = signed_notification(key(GOST_REVOKED_CEO), data, SIGNED_AT)
        with pytest.raises(InvalidInput):
            register_e_filing(ctx, data, b"garbage", "g.cms")
        assert list_filings(ctx, FilingQuery()) == []
        done = register_e_filing(ctx, data, cms, "n.cms")
        assert done.filing.incoming_number.endswith("/0001") and done.result.verdict == "valid"
        [original] = list_attachments(ctx, done.filing.id)
        assert original.sha256 == hashlib.sha256(cms).hexdigest()
        import_crl(ctx, eds(FULL_CRL).read_bytes(), "full.crl")
        assert [c.entries for c in list_crls(ctx)] == [54]
        assert reverify_filing(ctx, done.filing.id).result.verdict == "revoked"
        assert [v.verdict for v in verification_history(ctx, done.filing.id)] == ["valid", "revoked"]
    finally:
        reg.close()
