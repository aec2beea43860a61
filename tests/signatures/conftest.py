"""Fixtures for the signature tests: trust stores and cached test keys (from tests/data/eds/)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from akimat_desk.signatures import TrustStore
from akimat_desk.signatures.pkcs12 import KeyPair, load_p12

from .data import PROD_ANCHORS, PROD_INTERMEDIATES, TEST_ANCHORS, TEST_INTERMEDIATES, read


@pytest.fixture(scope="session")
def store() -> TrustStore:
    """Test and production (2015) NCA RK anchors with their intermediates."""
    return TrustStore(
        anchors=[read(p) for p in TEST_ANCHORS + PROD_ANCHORS],
        intermediates=[read(p) for p in TEST_INTERMEDIATES + PROD_INTERMEDIATES],
    )


@pytest.fixture(scope="session")
def key() -> Callable[[str], KeyPair]:
    """Load (and cache) a test key pair by its path under tests/data/eds/."""
    cache: dict[str, KeyPair] = {}

    def load(relative: str) -> KeyPair:
        if relative not in cache:
            cache[relative] = load_p12(read(relative))
        return cache[relative]

    return load
