"""Unit of work: one Session per use case. ``with uow:`` rolls back unless ``commit()`` was called."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Protocol, Self, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from akimat_desk.storage.deadlines.repositories import CalendarRepository, DeadlineRepository
from akimat_desk.storage.filings.repositories import CounterRepository, FilingRepository
from akimat_desk.storage.kernel.audit_chain import KEY_INFO
from akimat_desk.storage.kernel.engine import (
    BULK_PAGE_CACHE_KIB,
    PAGE_CACHE_KIB,
    WRITE_OPTION,
    is_sqlite,
    set_page_cache,
)
from akimat_desk.storage.office.settings import SettingsRepository


class _SessionRepository(Protocol):
    def __init__(self, session: Session) -> None: ...


_R = TypeVar("_R", bound=_SessionRepository)


class UnitOfWork:
    """Opens a Session on entry and exposes the repositories; nothing outside storage sees the Session.

    ``write=True`` takes the database's write lock at the start (SQLite ``BEGIN IMMEDIATE``), so writers
    queue instead of failing; read-only units never block a writer.
    """

    def __init__(self, engine: Engine, *, write: bool = False, chain_key: bytes | None = None) -> None:
        bind = engine.execution_options(**{WRITE_OPTION: True}) if write else engine
        self._engine = engine
        self._chain_key = chain_key
        info = {KEY_INFO: chain_key} if chain_key is not None else {}
        self._factory = sessionmaker(bind=bind, expire_on_commit=False, info=info)
        self._session: Session | None = None

    def __enter__(self) -> Self:
        self._session = self._factory()
        self.filings = FilingRepository(self._session)
        self.counters = CounterRepository(self._session)
        self.settings = SettingsRepository(self._session)
        self.deadlines = DeadlineRepository(self._session)
        self.calendar = CalendarRepository(self._session)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._session is not None
        self._session.rollback()
        self._session.close()
        self._session = None

    def repo(self, cls: type[_R]) -> _R:
        """A repository of another area (places, signatures, users...) on this unit's Session."""
        assert self._session is not None
        return cls(self._session)

    def commit(self) -> None:
        assert self._session is not None
        self._session.commit()

    def flush(self) -> None:
        assert self._session is not None
        self._session.flush()

    @contextmanager
    def bulk_write(self) -> Iterator[None]:
        """While many rows are written in this unit's one transaction (a journal import), SQLite keeps at most
        ``BULK_PAGE_CACHE_KIB`` of pages in memory and spills the rest to the write-ahead log: the transaction
        and its all-or-nothing commit are unchanged, its memory is bounded. The usual cache comes back after."""
        assert self._session is not None
        if not is_sqlite(self._engine):
            yield
            return
        dbapi = self._session.connection().connection.dbapi_connection
        set_page_cache(dbapi, BULK_PAGE_CACHE_KIB)
        try:
            yield
        finally:
            set_page_cache(dbapi, PAGE_CACHE_KIB)

    def joined(self) -> UnitOfWorkFactory:
        """A factory whose units join this open unit: use cases called with it run in this transaction, and
        their enter, exit and commit only flush; this unit alone commits or rolls back."""
        return _JoinedFactory(self)


class _JoinedUnitOfWork(UnitOfWork):
    """A unit of work on the Session of an open one (see ``UnitOfWork.joined``)."""

    def __init__(self, outer: UnitOfWork) -> None:  # no super().__init__: it would make its own Session
        self._outer = outer
        self._engine, self._factory = outer._engine, outer._factory
        self._chain_key = outer._chain_key
        self._session = None

    def __enter__(self) -> Self:
        outer = self._outer
        assert outer._session is not None, "join only a unit of work that is open"
        self._session = outer._session
        self.filings, self.counters, self.settings = outer.filings, outer.counters, outer.settings
        self.deadlines, self.calendar = outer.deadlines, outer.calendar
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._session = None

    def commit(self) -> None:
        self.flush()


class UnitOfWorkFactory:
    """Makes units of work on one engine; the services receive this, never the engine. ``chain_key``: the
    register's secret for the keyed history chains (storage/kernel/audit_chain.py), None when not keyed."""

    def __init__(self, engine: Engine, chain_key: bytes | None = None) -> None:
        self.engine = engine
        self.chain_key = chain_key

    def __call__(self, *, write: bool = False) -> UnitOfWork:
        return UnitOfWork(self.engine, write=write, chain_key=self.chain_key)


class _JoinedFactory(UnitOfWorkFactory):
    """Hands out units that join ``outer`` (write or not: the outer unit decided)."""

    def __init__(self, outer: UnitOfWork) -> None:
        super().__init__(outer._engine, outer._chain_key)
        self._outer = outer

    def __call__(self, *, write: bool = False) -> UnitOfWork:
        return _JoinedUnitOfWork(self._outer)
