"""Storage of filings: their rows and history, counters, the register view's queries, attachments, bulk registration."""
