"""Every certificate chain listed in tests/data/eds/README.md, built and checked offline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from asn1crypto import x509

from akimat_desk.signatures import TrustStore, algorithms, describe, gost_ec, load_certificate
from akimat_desk.signatures.pkcs12 import KeyPair
from akimat_desk.signatures.trust import build_chain, outside_validity
from tests.datafiles import eds_files

from .data import GOST_INDIVIDUAL, read
from .gost_signing import gost_sign

GOST2022_KEYS = eds_files("keys-test-gost2015", "GOST512_*.p12")

# (leaf, loader, intermediate, root, a date inside every validity period, is TEST)
CHAINS = [
    (
        "cms/individual_signer.cer",
        "cert",
        "ca-test-gost-2022/nca_gost2022_test.cer",
        "ca-test-gost-2022/root_test_gost_2022.cer",
        datetime(2026, 7, 20, tzinfo=UTC),
        True,
    ),
    (
        "keys-2018/GOSTKNCA_f8a422238209b6e753116431b69b09178f14e9d7.p12",
        "p12",
        "ca-prod-2015/nca_gost.crt",
        "ca-prod-2015/root_gost.crt",
        datetime(2019, 1, 10, tzinfo=UTC),
        False,
    ),
    (
        "keys-2018/GOSTKNCA_testca_2019.p12",
        "p12",
        "ca-test-2018/nca_gost_test.crt",
        "ca-test-2018/root_gost_test.crt",
        datetime(2020, 1, 10, tzinfo=UTC),
        True,
    ),
    (
        "certs-test/ceo_valid_sign_2004_gost.cer",
        "cert",
        "ca-test-2018/nca_gost_test.crt",
        "ca-test-2018/root_gost_test.crt",
        datetime(2022, 6, 1, tzinfo=UTC),
        True,
    ),
    (
        "keys-2018/RSA256_8426360556902ce4ac33977836f873e1dc190976.p12",
        "p12",
        "ca-prod-2015/nca_rsa.crt",
        "ca-prod-2015/root_rsa.crt",
        datetime(2019, 1, 10, tzinfo=UTC),
        False,
    ),
    (
        "keys-2018/AUTH_RSA256_6b361b864c679601b652fe387f61fcd9303c0327.p12",
        "p12",
        "ca-prod-2015/nca_rsa.crt",
        "ca-prod-2015/root_rsa.crt",
        datetime(2019, 1, 10, tzinfo=UTC),
        False,
    ),
    (
        "certs-test/individual_valid_sign_2004_rsa.cer",
        "cert",
        "ca-test-2018/nca_rsa_test.crt",
        "ca-test-2018/root_rsa_test.crt",
        datetime(2022, 6, 1, tzinfo=UTC),
        True,
    ),
    (
        "certs-test/individual_valid_sign_2004_rsa_auth.cer",
        "cert",
        "ca-test-2018/nca_rsa_test.crt",
        "ca-test-2018/root_rsa_test.crt",
        datetime(2022, 6, 1, tzinfo=UTC),
        True,
    ),
]


def _leaf(path: str, loader: str, key: Callable[[str], KeyPair]):  # type: ignore[no-untyped-def]
    return key(path).certificate if loader == "p12" else load_certificate(read(path))


@pytest.mark.parametrize(
    ("leaf", "loader", "ca", "root", "when", "is_test"), CHAINS, ids=[Path(c[0]).stem[:30] for c in CHAINS]
)
def test_listed_chain_verifies_as_of_a_date_inside_validity(
    leaf: str, loader: str, ca: str, root: str, when: datetime, is_test: bool, key: Callable[[str], KeyPair]
) -> None:
    cert = _leaf(leaf, loader, key)
    store = TrustStore(anchors=[read(root)], intermediates=[read(ca)])
    chain = build_chain(cert, store, allow_test=True)
    assert chain.ok, chain.problem
    assert [c.sha256 for c in chain.certificates[1:]] == [
        load_certificate(read(ca)).sha256,
        load_certificate(read(root)).sha256,
    ]
    assert chain.is_test is is_test
    assert outside_validity(chain.certificates, when) == []
    assert outside_validity(chain.certificates, datetime(2040, 1, 1, tzinfo=UTC))  # all expired by then
    if is_test:
        refused = build_chain(cert, store, allow_test=False)
        assert not refused.ok
        assert refused.problem == "test_root_not_allowed"
    else:
        assert build_chain(cert, store, allow_test=False).ok


@pytest.mark.parametrize("name", GOST2022_KEYS)
def test_all_gost2022_test_keys_chain_to_the_2022_test_root(name: str, key: Callable[[str], KeyPair]) -> None:
    cert = key(f"keys-test-gost2015/{name}").certificate
    store = TrustStore(
        anchors=[read("ca-test-gost-2022/root_test_gost_2022.cer")],
        intermediates=[read("ca-test-gost-2022/nca_gost2022_test.cer")],
    )
    chain = build_chain(cert, store, allow_test=True)
    assert chain.ok
    assert len(chain.certificates) == 3
    assert outside_validity(chain.certificates, cert.not_valid_before) == []


def test_wrong_root_gives_no_path(key: Callable[[str], KeyPair]) -> None:
    cert = load_certificate(read("cms/individual_signer.cer"))
    store = TrustStore(
        anchors=[read("ca-test-2018/root_gost_test.crt")],
        intermediates=[read("ca-test-2018/nca_gost_test.crt")],
    )
    assert build_chain(cert, store, allow_test=True).problem == "no_path"
    assert build_chain(cert, TrustStore(), allow_test=True).problem == "no_path"


def test_an_intermediate_can_be_the_anchor() -> None:
    cert = load_certificate(read("cms/individual_signer.cer"))
    store = TrustStore(anchors=[read("ca-test-gost-2022/nca_gost2022_test.cer")])
    chain = build_chain(cert, store, allow_test=True)
    assert chain.ok
    assert len(chain.certificates) == 2


def test_a_leaf_of_another_ca_does_not_chain() -> None:
    leaf = load_certificate(read("certs-test/ceo_valid_sign_2004_gost.cer"))
    store = TrustStore(anchors=[read("ca-prod-2015/root_gost.crt")], intermediates=[read("ca-prod-2015/nca_gost.crt")])
    assert not build_chain(leaf, store, allow_test=True).ok


def test_an_impostor_root_with_the_same_name_but_another_key_is_refused(key: Callable[[str], KeyPair]) -> None:
    real_root = load_certificate(read("ca-test-gost-2022/root_test_gost_2022.cer"))
    other = key(GOST_INDIVIDUAL)
    tbs = real_root["tbs_certificate"].copy()
    tbs["subject_public_key_info"] = other.certificate["tbs_certificate"]["subject_public_key_info"].copy()
    signature = gost_sign(
        gost_ec.CURVE_512A, other.gost_scalar, algorithms.digest(algorithms.KZ_STREEBOG_512, tbs.dump())
    )
    impostor = x509.Certificate(
        {"tbs_certificate": tbs, "signature_algorithm": real_root["signature_algorithm"], "signature_value": signature}
    )
    assert impostor.subject == real_root.subject
    assert TrustStore().signed_by(impostor, impostor)  # a well-formed self-signed certificate
    store = TrustStore(anchors=[impostor], intermediates=[read("ca-test-gost-2022/nca_gost2022_test.cer")])
    chain = build_chain(load_certificate(read("cms/individual_signer.cer")), store, allow_test=True)
    assert not chain.ok
    assert chain.problem == "no_path"


def test_pins_and_descriptions() -> None:
    root = read("ca-test-gost-2022/root_test_gost_2022.cer")
    store = TrustStore()
    info = store.add_anchor(root, expected_sha256="b995e79e7c07429f8f79e185451e5599ce342ac720000f01b3854fdfa03031a6")
    assert info.is_test
    assert info.is_ca
    assert info.self_signed
    assert info.valid_to.year == 2032
    with pytest.raises(ValueError, match="pin"):
        store.add_anchor(root, expected_sha256="00" * 32)
    prod = describe(load_certificate(read("ca-prod-2015/root_gost.crt")))
    assert not prod.is_test
    assert prod.subject == "НЕГІЗГІ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST)"
