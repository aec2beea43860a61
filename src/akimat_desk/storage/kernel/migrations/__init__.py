"""Alembic migrations of the register schema (render_as_batch on SQLite)."""
