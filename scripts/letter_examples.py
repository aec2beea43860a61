"""Render one example of each decision letter (and a receipt) through the register, for docs/decisions.md.

.venv/bin/python scripts/letter_examples.py docs/img/letters
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from akimat_desk.domain.decisions import DecisionKind, DecisionRequest, Ground, GroundReason
from akimat_desk.services.decisions.outgoing import issue_letter, registration_receipt
from akimat_desk.services.decisions.workflow import decide
from akimat_desk.services.filings.registration import register_filing
from akimat_desk.services.kernel.opening import open_register
from akimat_desk.services.office.settings import update_settings

REPO = Path(__file__).resolve().parents[1]
OFFICE = {
    "name_kk": "Алматы қаласы Медеу ауданының әкімдігі",
    "name_ru": "Акимат Медеуского района города Алматы",
    "name_en": "Akimat of Medeu district, Almaty",
    "address_kk": "Алматы қ., Достық даңғ., 85",
    "address_ru": "г. Алматы, пр. Достык, 85",
    "address_en": "85 Dostyk Ave, Almaty",
    "phone": "+7 727 123 45 67",
    "email": "medeu@almaty.gov.kz",
    "department_kk": "Ішкі саясат бөлімі",
    "department_ru": "Отдел внутренней политики",
    "department_en": "Internal Policy Department",
    "signatory_position_kk": "Әкімнің орынбасары",
    "signatory_position_ru": "Заместитель акима",
    "signatory_position_en": "Deputy Akim",
    "signatory_name": "А. Б. Сейітов",
    "executor_phone": "+7 727 123 45 70",
}
EXAMPLES = [
    ("inform", "rally", "ru", DecisionRequest(DecisionKind.INFORM)),
    ("inform_with_conditions", "picket", "kk", DecisionRequest(DecisionKind.INFORM_WITH_CONDITIONS)),
    ("approve", "march", "ru", DecisionRequest(DecisionKind.APPROVE)),
    (
        "approve_without_sound_and_vehicles",
        "demonstration",
        "en",
        DecisionRequest(DecisionKind.APPROVE_WITHOUT_SOUND_AND_VEHICLES),
    ),
    (
        "propose",
        "rally",
        "kk",
        DecisionRequest(DecisionKind.PROPOSE, proposal="Ганди саябағы, арнайы орын №2, 15:00-17:00"),
    ),
    (
        "refuse",
        "rally",
        "ru",
        DecisionRequest(
            DecisionKind.REFUSE,
            (
                GroundReason(Ground.A14_5, "Не указаны источники финансирования (подп. 12) п. 3 ст. 10 Закона)."),
                GroundReason(Ground.A14_9, "Ожидается 150 участников при норме предельной заполняемости 100 человек."),
            ),
        ),
    ),
    (
        "out_of_scope",
        "assembly",
        "kk",
        DecisionRequest(
            DecisionKind.OUT_OF_SCOPE, remarks="Жиналыс ғимарат ішінде өтеді (Заңның 2-бабының 5-тармағы)."
        ),
    ),
]


def main(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "register.db", None, actor="Ким В. С.")
        ctx = replace(
            reg.context,
            settings=update_settings(reg.context.uow, **OFFICE),
            clock=lambda: datetime(2026, 11, 17, 6, 0, tzinfo=UTC),
        )
        for name, form, lang, request in EXAMPLES:
            data = json.loads((REPO / "docs" / "examples" / f"{form}.json").read_text("utf-8"))
            data["received_at"] = "2026-11-16T10:00:00+05:00"
            record = register_filing(ctx, data).filing
            if name == "inform":
                _png(registration_receipt(ctx, record.id, "ru"), out_dir / "receipt-ru")
            decide(ctx, record.id, request)
            _png(issue_letter(ctx, record.id, lang).pdf, out_dir / f"{name}-{lang}")
        reg.close()
    return 0


def _png(pdf: bytes, stem: Path) -> None:
    stem.with_suffix(".pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(stem.with_suffix(".pdf")), str(stem)],
        check=True,
    )
    stem.with_suffix(".pdf").unlink()


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "img" / "letters"))
