"""Every ORM module of the register, imported so that ``Base.metadata`` is complete (migrations, tests).

Each area keeps its tables in its own module (``orm.py`` for filings, ``orm_<area>.py`` for the others)
and its repositories in ``repos_<area>.py``, reached through ``UnitOfWork.repo(RepositoryClass)``.
"""

from __future__ import annotations

import importlib
import pkgutil

from akimat_desk.storage import orm
from akimat_desk.storage.orm import Base

__all__ = ["Base", "load_all"]


def load_all() -> None:
    """Import every ``akimat_desk.storage.orm_*`` module (idempotent)."""
    package = importlib.import_module("akimat_desk.storage")
    for module in pkgutil.iter_modules(package.__path__):
        if module.name.startswith("orm_"):
            importlib.import_module(f"akimat_desk.storage.{module.name}")


load_all()
assert orm.Base is Base
