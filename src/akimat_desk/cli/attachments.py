"""Commands on attachments: ``attach``, ``attachments``, ``attachment-save``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from akimat_desk.cli.common import EXIT_OK, Register, print_json, wants_json
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.filings.attachments import ATTACHMENT_KINDS, attach_file, list_attachments, read_attachment
from akimat_desk.storage.filings.attachments import AttachmentInfo


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    p = sub.add_parser("attach", parents=[common], help="copy a file (scan, PDF, image) into a filing")
    p.add_argument("id")
    p.add_argument("file")
    p.add_argument("--kind", default="scan", choices=ATTACHMENT_KINDS)
    p.add_argument("--note")
    p = sub.add_parser("attachments", parents=[common], help="list the files kept with a filing")
    p.add_argument("id")
    p = sub.add_parser("attachment-save", parents=[common], help="save a stored file (checked by SHA-256)")
    p.add_argument("attachment_id", type=int)
    p.add_argument("--out", required=True)
    return {"attach": _attach, "attachments": _list, "attachment-save": _save}


def info_json(a: AttachmentInfo) -> dict[str, Any]:
    return {"id": a.id, "filing_id": a.filing_id, "kind": a.kind, "name": a.name, "media_type": a.media_type,
            "size": a.size, "sha256": a.sha256, "note": a.note, "added_at": a.added_at.isoformat(),
            "added_by": a.added_by}  # fmt: skip


def _print(args: argparse.Namespace, items: list[AttachmentInfo]) -> None:
    if wants_json(args):
        print_json([info_json(a) for a in items])
    else:
        for a in items:
            print(f"{a.id}\t{a.kind}\t{a.size}\t{a.sha256}\t{a.name}")


def _attach(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        attached = attach_file(reg.context, args.id, Path(args.file), args.kind, args.note).attachment
    _print(args, [attached])
    return EXIT_OK


def _list(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        _print(args, list_attachments(reg.context, args.id))
    return EXIT_OK


def _save(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        info, content = read_attachment(reg.context, args.attachment_id)
    out = Path(args.out)
    if out.exists():
        raise InvalidInput("output_exists", field="--out", path=str(out))
    out.write_bytes(content)
    _print(args, [info])
    return EXIT_OK
