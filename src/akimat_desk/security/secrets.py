"""Secrets behind a protocol: the register's encryption key and database passwords.

``KeyringSecretStore`` keeps them in the operating system's keyring (Windows Credential Manager, macOS
Keychain, Secret Service); ``MemorySecretStore`` is for tests. Where no keyring backend exists (headless
Linux, some frozen builds) the keyring store raises ``SecretStoreUnavailable`` with a code the caller turns
into a message, and the documented fallback is a passphrase given at start.
"""

from __future__ import annotations

from typing import Any, Protocol

SERVICE = "akimat_desk"


class SecretStoreUnavailable(Exception):
    """No usable keyring: ``code`` is ``keyring_unavailable``; ``detail`` says what the keyring said."""

    code = "keyring_unavailable"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, secret: str) -> None: ...

    def delete(self, name: str) -> None: ...


class MemorySecretStore:
    """Keeps secrets in a dict (tests, or a session that must not touch the keyring)."""

    def __init__(self) -> None:
        self.secrets: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.secrets.get(name)

    def set(self, name: str, secret: str) -> None:
        self.secrets[name] = secret

    def delete(self, name: str) -> None:
        self.secrets.pop(name, None)


class KeyringSecretStore:
    """The OS keyring through the ``keyring`` package. A backend that cannot keep a secret (``fail``, or
    ``null`` which silently forgets) is reported as ``SecretStoreUnavailable``, never as a crash."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def _keyring(self) -> Any:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            raise SecretStoreUnavailable(f"{type(backend).__module__}.{type(backend).__name__}")
        return keyring

    def get(self, name: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            value: str | None = self._keyring().get_password(self.service, name)
        except KeyringError as exc:
            raise SecretStoreUnavailable(str(exc)) from exc
        return value

    def set(self, name: str, secret: str) -> None:
        from keyring.errors import KeyringError

        try:
            self._keyring().set_password(self.service, name, secret)
        except KeyringError as exc:
            raise SecretStoreUnavailable(str(exc)) from exc

    def delete(self, name: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self._keyring().delete_password(self.service, name)
        except PasswordDeleteError:
            return
        except KeyringError as exc:
            raise SecretStoreUnavailable(str(exc)) from exc


def available(store: SecretStore) -> bool:
    """True when ``store`` can keep a secret (asks the keyring without writing)."""
    try:
        store.get("probe")
    except SecretStoreUnavailable:
        return False
    return True


def register_key_name(location: str) -> str:
    """The keyring entry holding the encryption key of the register at ``location`` (a resolved path)."""
    return f"register-key:{location}"


def smtp_secret_name(host: str, user: str) -> str:
    """The keyring entry of the office SMTP password of ``user`` at ``host`` (answers and the digest)."""
    return f"smtp:{user}@{host}"


def database_password_name(user: str, host: str, port: int | None, database: str) -> str:
    return f"db-password:{user}@{host}:{port or 5432}/{database}"
