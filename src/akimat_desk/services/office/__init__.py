"""The office: user accounts and roles, the audit of the history chains, backups, encryption, settings, self-test."""
