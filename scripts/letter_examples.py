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
# The competent body for Almaty is the city akimat (art. 1 subp. 6): the local executive body of the city.
OFFICE = {
    "name_kk": "Алматы қаласының әкімдігі",
    "name_ru": "Акимат города Алматы",
    "name_en": "Akimat of the City of Almaty",
    "address_kk": "050001, Алматы қ., Республика алаңы, 4",
    "address_ru": "050001, г. Алматы, площадь Республики, 4",
    "address_en": "4 Republic Square, Almaty 050001",
    "phone": "+7 727 271 65 00",
    "email": "akimat@almaty.gov.kz",
    "department_kk": "Қоғамдық даму басқармасы",
    "department_ru": "Управление общественного развития",
    "department_en": "Department of Public Development",
    "signatory_position_kk": "Әкімнің орынбасары",
    "signatory_position_ru": "Заместитель акима",
    "signatory_position_en": "Deputy Akim",
    "signatory_name": "А. Б. Сейітов",
    "executor_name": "Жанар Серікқызы Төлеубаева",
    "executor_phone": "+7 727 271 65 70",
}
K = DecisionKind
FUNDING = {
    "kk": "Хабарламада қаржыландыру көздері көрсетілмеген (Заңның 10-бабы 3-тармағының 12) тармақшасы).",
    "ru": "В уведомлении не указаны источники финансирования (подпункт 12) пункта 3 статьи 10 Закона).",
    "en": "The notification does not state the sources of funding (subparagraph 12) of paragraph 3 of Article 10).",
}
CAPACITY = {
    "kk": "Күтілетін қатысушылар саны – 150, ал арнайы орынның шекті толу нормасы – 100 адам.",
    "ru": "Ожидается 150 участников при норме предельной заполняемости специализированного места 100 человек.",
    "en": "150 participants are expected; the maximum occupancy of the specialized place is 100 persons.",
}
PROPOSAL = {
    "kk": "Ганди саябағы, арнайы орын № 2, сол күні 15:00–17:00.",
    "ru": "Парк имени Ганди, специализированное место № 2, в тот же день с 15:00 до 17:00.",
    "en": "Gandhi Park, specialized place No. 2, the same day from 15:00 to 17:00.",
}
INFORMATION = {
    "kk": "Әкімдіктің өкілі – Қоғамдық даму басқармасының бас маманы Н. Ж. Омарова, тел. +7 727 271 65 71.",
    "ru": "Представитель акимата – главный специалист Управления общественного развития Н. Ж. Омарова, "
    "тел. +7 727 271 65 71.",
    "en": "The akimat's representative is N. Zh. Omarova, chief specialist of the Department of Public Development, "
    "tel. +7 727 271 65 71.",
}
INDOORS = {
    "kk": "Жиналыс ұйымның ғимаратында, жабық үй-жайда өтеді (Заңның 2-бабының 5-тармағы).",
    "ru": "Собрание проводится в здании организации, в закрытом помещении (пункт 5 статьи 2 Закона).",
    "en": "The assembly is held indoors, in the organization's building (paragraph 5 of Article 2 of the Law).",
}


def _texts(**fields: dict[str, str]) -> dict[str, dict[str, str]]:
    return {lang: {name: words[lang] for name, words in fields.items()} for lang in ("kk", "ru", "en")}


EXAMPLES = [
    ("inform", "rally", DecisionRequest(K.INFORM)),
    (
        "inform_with_conditions",
        "picket",
        DecisionRequest(K.INFORM_WITH_CONDITIONS, conditions=INFORMATION["kk"], texts=_texts(conditions=INFORMATION)),
    ),
    ("approve", "march", DecisionRequest(K.APPROVE)),
    ("approve_without_sound_and_vehicles", "demonstration", DecisionRequest(K.APPROVE_WITHOUT_SOUND_AND_VEHICLES)),
    ("propose", "rally", DecisionRequest(K.PROPOSE, proposal=PROPOSAL["kk"], texts=_texts(proposal=PROPOSAL))),
    ("propose", "march", DecisionRequest(K.PROPOSE, proposal=PROPOSAL["kk"], texts=_texts(proposal=PROPOSAL))),
    (
        "refuse",
        "rally",
        DecisionRequest(
            K.REFUSE,
            (GroundReason(Ground.A14_5, FUNDING["kk"]), GroundReason(Ground.A14_9, CAPACITY["kk"])),
            texts=_texts(**{"reason:A14-5": FUNDING, "reason:A14-9": CAPACITY}),
        ),
    ),
    ("out_of_scope", "assembly", DecisionRequest(K.OUT_OF_SCOPE, remarks=INDOORS["kk"], texts=_texts(remarks=INDOORS))),
]


def main(out_dir: Path) -> int:
    """Every kind in kk, ru and en (docs/img/letters/<kind>[-<form>]-<lang>.png), the receipt, and the README's
    refusal images (docs/img/letter-refusal-<lang>.png)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_register(Path(tmp) / "register.db", None, actor="clerk")
        ctx = replace(
            reg.context,
            settings=update_settings(reg.context.uow, **OFFICE),
            clock=lambda: datetime(2026, 11, 17, 6, 0, tzinfo=UTC),
        )
        for name, form, request in EXAMPLES:
            data = json.loads((REPO / "docs" / "examples" / f"{form}.json").read_text("utf-8"))
            data["received_at"] = "2026-11-16T10:00:00+05:00"
            # the event comes after its filing: 4 December is more than ten working days after 16 November
            data["starts_at"], data["ends_at"] = "2026-12-04T11:00:00", "2026-12-04T13:00:00"
            record = register_filing(ctx, data).filing
            if name == "inform":
                _png(registration_receipt(ctx, record.id, "ru"), out_dir / "receipt-ru")
            decide(ctx, record.id, request)
            stem = f"{name}-{form}" if name == "propose" else name
            for lang in ("kk", "ru", "en"):
                pdf = issue_letter(ctx, record.id, lang).pdf
                _png(pdf, out_dir / f"{stem}-{lang}")
                if name == "refuse":
                    _png(pdf, out_dir.parent / f"letter-refusal-{lang}", dpi=70)
        reg.close()
    return 0


def _png(pdf: bytes, stem: Path, dpi: int = 60) -> None:
    stem.with_suffix(".pdf").write_bytes(pdf)
    first_page = ["-f", "1", "-l", "1", "-singlefile"]
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), *first_page, str(stem.with_suffix(".pdf")), str(stem)],
        check=True,
    )
    stem.with_suffix(".pdf").unlink()


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "img" / "letters"))
