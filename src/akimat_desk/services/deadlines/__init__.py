"""Deadlines: the law's periods, countdowns, the working-day calendar and its overrides, the re-check after a change."""
