"""The columns of a legacy registration journal as akimats keep it in Excel (Russian headers), for the tests
that write such journals."""

from __future__ import annotations

HEADER = [
    "Вх. №",
    "Дата поступления",
    "Время поступления",
    "Форма",
    "ФИО организатора",
    "ИИН",
    "Адрес",
    "Телефон",
    "Цель",
    "Место проведения",
    "Дата проведения",
    "Начало",
    "Окончание",
    "Количество участников",
]
