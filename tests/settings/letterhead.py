"""A complete letterhead of the Medeu district akimat of Almaty, typed into a SettingsForm."""

from __future__ import annotations

from typing import Any

LETTERHEAD = {
    "name_kk": "Алматы қаласы Медеу ауданының әкімдігі",
    "name_ru": "Акимат Медеуского района города Алматы",
    "address_kk": "Алматы қ., Абай даңғ., 10",
    "address_ru": "г. Алматы, пр. Абая, 10",
    "signatory_position_kk": "Аудан әкімінің орынбасары",
    "signatory_position_ru": "Заместитель акима района",
    "signatory_name": "Е. Сәрсенбаев",
    "executor_name": "Жанар Серікқызы Төлеубаева",
}


def fill_letterhead(form: Any, **changes: str) -> None:
    for key, value in {**LETTERHEAD, **changes}.items():
        form.edits[key].setText(value)
