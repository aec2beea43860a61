"""Domain errors: each carries a stable ``code``, the ``field`` it concerns and ``params``; never UI text.

The ui and cli layers turn codes into kk / ru / en messages (see ``akimat_desk.services.kernel.messages``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class DomainError(Exception):
    """Base of every error the core raises on purpose."""

    code: str = "domain_error"

    def __init__(self, code: str | None = None, field: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.field = field
        self.params: Mapping[str, Any] = params
        super().__init__(self.code if field is None else f"{field}: {self.code}")


class InvalidInput(DomainError):
    """Input that cannot be accepted at all (not a filing, a correction of an unknown field...)."""

    code = "invalid_input"


class NotFound(DomainError):
    """The filing (or other record) named by the caller does not exist."""

    code = "not_found"


class InvalidTransition(DomainError):
    """A status change the law's procedure does not allow from the current status."""

    code = "invalid_transition"


class ConcurrentChange(DomainError):
    """Somebody else changed the record between read and write; the caller should reload and retry."""

    code = "concurrent_change"


class PermissionDenied(DomainError):
    """The acting user's roles do not include this action."""

    code = "permission_denied"
