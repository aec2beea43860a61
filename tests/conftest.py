"""Test-wide settings: Qt offscreen, no OS keyring, and a temporary register home per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
os.environ.setdefault("AKIMAT_DESK_USER", "tester")
