"""The window's office area: users, login, backups, settings and the first run."""
