"""Pure domain of Law 333-VI: forms, filings, content items, statuses, deadlines. No I/O, no frameworks."""
