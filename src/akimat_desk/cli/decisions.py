"""Commands of the decision workflow: decide, answer, letter, receipt, dispatch, delivered."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from akimat_desk.cli.calendar import parse_day
from akimat_desk.cli.common import EXIT_OK, Register, common_options, print_json, wants_json
from akimat_desk.domain.decisions import (
    DecisionKind,
    DecisionRequest,
    DispatchChannel,
    Ground,
    GroundReason,
    ProposalAnswer,
)
from akimat_desk.domain.errors import InvalidInput
from akimat_desk.services.decisions.grounds import ground_offers
from akimat_desk.services.decisions.outgoing import issue_letters, registration_receipt
from akimat_desk.services.decisions.workflow import decide, dispatch_letter, record_delivery, record_proposal_answer
from akimat_desk.services.filings import get_filing
from akimat_desk.services.kernel.messages import cite

OUTCOMES = {kind.value: kind for kind in DecisionKind}


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> dict[str, Any]:
    p = sub.add_parser("decide", parents=[common], help="take a decision on a filing (art. 11 p.1 / 13 p.1)")
    p.add_argument("id")
    p.add_argument("--outcome", required=True, choices=list(OUTCOMES))
    p.add_argument(
        "--ground",
        action="append",
        default=[],
        choices=[g.value for g in Ground],
        help="a refusal ground; follow each by its --reason",
    )
    p.add_argument("--reason", action="append", default=[], help="the written reason of the ground before it")
    p.add_argument("--proposal", help="another place / route / time, in words (outcome propose)")
    p.add_argument("--conditions")
    p.add_argument("--remarks", help="for out_of_scope: why the law does not apply (art. 2 p.5)")
    p.add_argument(
        "--text",
        nargs=3,
        action="append",
        default=[],
        metavar=("LANG", "FIELD", "TEXT"),
        help="the text of FIELD (reason:A14-5, proposal, conditions, remarks) in LANG (kk, ru, en): each letter "
        "prints only text in its own language",
    )
    p = sub.add_parser("answer", parents=[common], help="the organizer's answer to a proposal (art. 11 p.3)")
    p.add_argument("id")
    p.add_argument("--answer", required=True, choices=[a.value for a in ProposalAnswer])
    p.add_argument("--channel", choices=[c.value for c in DispatchChannel])
    p.add_argument("--received", help="YYYY-MM-DDTHH:MM when the answer came")
    document = common_options(with_lang=False)
    p = sub.add_parser("letter", parents=[document], help="the decision letter as PDF (kept with the filing)")
    p.add_argument("id")
    p.add_argument("--lang", choices=("kk", "ru", "en"), help="letter (and message) language; default: the filing's")
    p.add_argument(
        "--with-lang",
        action="append",
        default=[],
        choices=("kk", "ru", "en"),
        help="add the letter in another language to the same print job (e.g. --lang kk --with-lang ru)",
    )
    p.add_argument("--out", required=True)
    p = sub.add_parser("receipt", parents=[document], help="the registration receipt as PDF")
    p.add_argument("id")
    p.add_argument("--lang", choices=("kk", "ru", "en"), help="receipt language; default: the filing's")
    p.add_argument("--out", required=True)
    p = sub.add_parser("dispatch", parents=[common], help="record how the letter was sent (art. 11 p.2)")
    p.add_argument("id")
    p.add_argument("--channel", action="append", required=True, choices=[c.value for c in DispatchChannel])
    p.add_argument("--tracking", help="registered-mail tracking number")
    p.add_argument("--address", help="the e-mail address or mobile number used")
    p.add_argument(
        "--registered-copy-later",
        action="store_true",
        help="e-mail / mobile now, the registered-mail copy recorded later (reminded by the next working day)",
    )
    p = sub.add_parser("delivered", parents=[common], help="record the acknowledgment of delivery")
    p.add_argument("id")
    p.add_argument("--tracking", required=True)
    p.add_argument("--on", required=True, help="YYYY-MM-DD")
    p = sub.add_parser("grounds", parents=[common], help="refusal grounds for a filing, with suggested reasons")
    p.add_argument("id")
    return {
        "grounds": _grounds_cmd,
        "decide": _decide,
        "answer": _answer,
        "letter": _letter,
        "receipt": _receipt,
        "dispatch": _dispatch,
        "delivered": _delivered,
    }


def _grounds(args: argparse.Namespace) -> tuple[GroundReason, ...]:
    if len(args.reason) > len(args.ground):
        raise InvalidInput("reason_without_ground", field="--reason")
    reasons = args.reason + [""] * (len(args.ground) - len(args.reason))
    return tuple(GroundReason(Ground(g), r) for g, r in zip(args.ground, reasons, strict=True))


_TEXT_FIELDS = ("proposal", "conditions", "remarks")


def _texts(args: argparse.Namespace) -> dict[str, dict[str, str]]:
    """``--text LANG FIELD TEXT`` as {lang: {field: text}}; an unknown language or field is bad input."""
    texts: dict[str, dict[str, str]] = {}
    for language, name, text in args.text:
        if language not in ("kk", "ru", "en"):
            raise InvalidInput("text_language_unknown", field="--text", value=language)
        kind, _, ground = name.partition(":")
        if not (name in _TEXT_FIELDS or (kind == "reason" and ground in args.ground)):
            raise InvalidInput("text_field_unknown", field="--text", value=name)
        texts.setdefault(language, {})[name] = text
    return texts


def _decide(args: argparse.Namespace, lang: str) -> int:
    request = DecisionRequest(
        OUTCOMES[args.outcome], _grounds(args), args.proposal, args.conditions, args.remarks, _texts(args) or None
    )
    with Register(args) as reg:
        result = decide(reg.context, args.id, request)
    d = result.decision
    data = {
        "decision_id": d.id,
        "filing_id": d.filing_id,
        "kind": d.kind,
        "outcome": d.outcome,
        "grounds": list(d.grounds),
        "late": d.late,
        "status": str(result.filing.status),
        "review_deadline": d.review_deadline and d.review_deadline.isoformat(),
    }
    _print(args, data)
    return EXIT_OK


def _print(args: argparse.Namespace, data: dict[str, Any]) -> None:
    if wants_json(args):
        print_json(data)
    else:
        for key, value in data.items():
            print(f"{key}: {value}")


def _answer(args: argparse.Namespace, lang: str) -> int:
    received = None
    if args.received:
        try:
            received = datetime.fromisoformat(args.received)
        except ValueError:
            raise InvalidInput("date_invalid", field="--received", value=args.received) from None
    with Register(args) as reg:
        if received is not None and received.tzinfo is None:
            received = received.replace(tzinfo=reg.context.settings.tz)
        channel = DispatchChannel(args.channel) if args.channel else None
        filing = record_proposal_answer(reg.context, args.id, ProposalAnswer(args.answer), channel, received).filing
    _print(args, {"id": filing.id, "status": str(filing.status)})
    return EXIT_OK


def _write(path: str, pdf: bytes) -> None:
    out = Path(path)
    if out.exists():
        raise InvalidInput("output_exists", field="--out", path=str(out))
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        raise InvalidInput("file_unwritable", field="--out", path=str(out), detail=exc.strerror or str(exc)) from None


def _letter(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        first = args.lang or str(get_filing(reg.context, args.id).language)
        languages = [first, *(x for x in dict.fromkeys(args.with_lang) if x != first)]
        pdf = issue_letters(reg.context, args.id, languages)
    _write(args.out, pdf)
    _print(args, {"out": args.out, "bytes": len(pdf), "languages": languages})
    return EXIT_OK


def _receipt(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        pdf = registration_receipt(reg.context, args.id, args.lang)
    _write(args.out, pdf)
    _print(args, {"out": args.out, "bytes": len(pdf)})
    return EXIT_OK


def _dispatch(args: argparse.Namespace, lang: str) -> int:
    channels = [DispatchChannel(c) for c in args.channel]
    with Register(args) as reg:
        sent = dispatch_letter(
            reg.context, args.id, channels, args.tracking, args.address,
            registered_copy_follows=args.registered_copy_later,
        ).dispatches  # fmt: skip
    _print(
        args,
        {
            "dispatched": [
                {
                    "id": d.id,
                    "channel": d.channel,
                    "tracking_number": d.tracking_number,
                    "sent_at": d.sent_at.isoformat(),
                }
                for d in sent
            ]
        },
    )
    return EXIT_OK


def _delivered(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        d = record_delivery(reg.context, args.id, args.tracking, parse_day(args.on, "--on")).dispatch
    _print(args, {"id": d.id, "tracking_number": d.tracking_number, "delivered_on": str(d.delivered_on)})
    return EXIT_OK


def _grounds_cmd(args: argparse.Namespace, lang: str) -> int:
    with Register(args) as reg:
        offers = ground_offers(reg.context, args.id, lang)
    rows = [
        {
            "ground": o.ground.value,
            "article": cite(o.article, lang),
            "available": o.available,
            "suggestion": o.suggestion,
            "note": o.note,
        }
        for o in offers
    ]
    if wants_json(args):
        print_json(rows)
    else:
        for r in rows:
            mark = "+" if r["available"] else "-"
            print(f"{mark} {r['ground']:<7} {r['article']:<22} {r['suggestion'] or r['note']}")
    return EXIT_OK
