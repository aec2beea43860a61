"""An office with its letterhead and signatory set, for the decision and letter tests.

The competent body is the local executive body of art. 1 subp. 6: for Almaty the city akimat, not a district one."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from akimat_desk.services.office.settings import update_settings

LETTERHEAD = {
    "name_kk": "Алматы қаласының әкімдігі",
    "name_ru": "Акимат города Алматы",
    "name_en": "Akimat of Almaty city",
    "address_kk": "Алматы қ., Республика алаңы, 4",
    "address_ru": "г. Алматы, площадь Республики, 4",
    "address_en": "4 Republic Square, Almaty",
    "phone": "+7 727 123 45 67",
    "email": "akimat@almaty.gov.kz",
    "signatory_position_kk": "Әкімнің орынбасары",
    "signatory_position_ru": "Заместитель акима",
    "signatory_position_en": "Deputy Akim",
    "signatory_name": "А. Б. Сейітов",
    "executor_name": "Жанар Серікқызы Төлеубаева",
}


@pytest.fixture
def office(ctx: Any) -> Any:
    settings = update_settings(ctx.uow, **LETTERHEAD)
    return replace(ctx, settings=settings)
