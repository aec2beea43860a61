"""Developer tool: autogenerate an Alembic migration for new ORM tables.

    .venv/bin/python scripts/new_migration.py REV_ID "what it adds" [--base REV]

The scratch database is first upgraded to every existing head, so the new file contains only what is
not in any migration yet; ``--base`` (default: the single head) sets its ``down_revision``, which lets
areas developed in parallel branch from the same revision (the app upgrades to all heads).
"""

from __future__ import annotations

import argparse
import re
import tempfile
from pathlib import Path

from alembic import command

from akimat_desk.storage.kernel.engine import make_engine, sqlite_url
from akimat_desk.storage.kernel.migrate import MIGRATIONS_DIR, _config, migrate


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("rev_id")
    parser.add_argument("message")
    parser.add_argument("--base", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(sqlite_url(Path(tmp) / "scratch.db"))
        migrate(engine, None)
        config = _config()
        with engine.connect() as conn:
            config.attributes["connection"] = conn
            script = command.revision(
                config,
                message=args.message,
                autogenerate=True,
                rev_id=args.rev_id,
                head=args.base or "head",
                splice=args.base is not None,
            )
    assert script is not None and not isinstance(script, list)
    source = Path(script.path)
    slug = re.sub(r"[^a-z0-9]+", "_", args.message.lower()).strip("_")[:40]
    target = MIGRATIONS_DIR / "versions" / f"{args.rev_id}_{slug}.py"
    text = source.read_text("utf-8").replace("akimat_desk.storage.orm.UTCDateTime()", "sa.DateTime()")
    text = re.sub(r"\n\s*# ### (commands auto generated|end Alembic commands).*", "", text)
    target.write_text(text, "utf-8")
    if source != target:
        source.unlink()
    print(f"wrote {target}; read it and fix what autogenerate cannot know (data moves, FTS, server defaults)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
