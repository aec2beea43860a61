"""The NCA RK test data (tests/data/eds/), the key files by role, and small helpers for the tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from akimat_desk.signatures.pkcs12 import KeyPair
from tests.datafiles import eds_bytes

NOTIFICATION = (
    "Уведомление о проведении пикета. Организатор: ТЕСТОВ ТЕСТ ТЕСТОВИЧ, ИИН 123456789011. "
    "Место: г. Астана, сквер у акимата. Дата: 2025-03-01, 12:00–13:00. Участников: до 20."
).encode()

# Key files by role (see tests/data/eds/README.md).
GOST_INDIVIDUAL = "keys-test-gost2015/GOST512_0d79679f360a2da49a631a0b1ac76f76c34b6f24.p12"
GOST_CEO = "keys-test-gost2015/GOST512_10f5125fb9e52f84c42cbad8e451c68f10a5e869.p12"
GOST_REVOKED_CEO = "keys-test-gost2015/GOST512_0860d9665327c26760c213126760a3b73072218d.p12"
GOST2004_TEST = "keys-2018/GOSTKNCA_testca_2019.p12"
RSA_PROD = "keys-2018/RSA256_8426360556902ce4ac33977836f873e1dc190976.p12"
RSA_AUTH_PROD = "keys-2018/AUTH_RSA256_6b361b864c679601b652fe387f61fcd9303c0327.p12"

TEST_ANCHORS = (
    "ca-test-gost-2022/root_test_gost_2022.cer",
    "ca-test-2018/root_gost_test.crt",
    "ca-test-2018/root_rsa_test.crt",
)
TEST_INTERMEDIATES = (
    "ca-test-gost-2022/nca_gost2022_test.cer",
    "ca-test-2018/nca_gost_test.crt",
    "ca-test-2018/nca_rsa_test.crt",
)
PROD_ANCHORS = ("ca-prod-2015/root_gost.crt", "ca-prod-2015/root_rsa.crt")
PROD_INTERMEDIATES = ("ca-prod-2015/nca_gost.crt", "ca-prod-2015/nca_rsa.crt")


def read(relative: str) -> bytes:
    """Bytes of a file of the EDS test data (fails, never skips, when it is missing)."""
    return eds_bytes(relative)


def inside_validity(pair: KeyPair, days: int = 30) -> datetime:
    """A moment well inside the certificate's validity period (whole seconds, UTC)."""
    return (pair.certificate.not_valid_before + timedelta(days=days)).replace(microsecond=0).astimezone(UTC)
