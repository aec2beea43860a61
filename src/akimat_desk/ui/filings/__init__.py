"""The window's filings area: the register and Today pages, the filing card, registration and correction dialogs."""
