"""An office with its letterhead and signatory set, for the decision and letter tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from akimat_desk.services.office.settings import update_settings

LETTERHEAD = {
    "name_kk": "Алматы қаласы Медеу ауданының әкімдігі", "name_ru": "Акимат Медеуского района города Алматы",
    "name_en": "Akimat of Medeu district, Almaty", "address_kk": "Алматы қ., Достық даңғ., 85",
    "address_ru": "г. Алматы, пр. Достык, 85", "address_en": "85 Dostyk Ave, Almaty", "phone": "+7 727 123 45 67",
    "email": "medeu@almaty.gov.kz", "signatory_position_kk": "Әкімнің орынбасары",
    "signatory_position_ru": "Заместитель акима", "signatory_position_en": "Deputy Akim",
    "signatory_name": "А. Б. Сейітов", "executor_name": "Жанар Серікқызы Төлеубаева",
}  # fmt: skip


@pytest.fixture
def office(ctx: Any) -> Any:
    settings = update_settings(ctx.uow, **LETTERHEAD)
    return replace(ctx, settings=settings)
