"""Filings: registration, corrections and status changes, the register view, attachments, the card."""
