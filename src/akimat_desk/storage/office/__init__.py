"""Storage of the office: user accounts, the administration log, the history chains' heads, settings."""
