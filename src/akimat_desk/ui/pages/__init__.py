"""Pages of the main window: Today, the register, the filing card, settings."""
