"""Every ORM module of the register, imported so that ``Base.metadata`` is complete (migrations, tests).

Each area keeps its tables in ``storage/<area>/orm.py`` (or ``orm_<what>.py`` beside it) and its
repositories in modules of the same package, reached through ``UnitOfWork.repo(RepositoryClass)``.
"""

from __future__ import annotations

import importlib
import pkgutil

from akimat_desk.storage.kernel.orm import Base

__all__ = ["Base", "load_all"]


def load_all() -> None:
    """Import every ``akimat_desk.storage.<area>.orm*`` module (idempotent)."""
    storage = importlib.import_module("akimat_desk.storage")
    for area in pkgutil.iter_modules(storage.__path__):
        if not area.ispkg:
            continue
        package = importlib.import_module(f"akimat_desk.storage.{area.name}")
        for module in pkgutil.iter_modules(package.__path__):
            if module.name == "orm" or module.name.startswith("orm_"):
                importlib.import_module(f"{package.__name__}.{module.name}")


load_all()
