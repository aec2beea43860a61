"""The window's reports area: the statistics page and its charts, the legacy import dialog."""
