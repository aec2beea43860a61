"""Read-only queries of the reports area."""
