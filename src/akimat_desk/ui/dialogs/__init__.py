"""Dialogs: registration, correction, status change, first run."""
