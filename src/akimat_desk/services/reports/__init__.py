"""Reports: statistics, the registration journal, the legacy journal import, table exports."""
