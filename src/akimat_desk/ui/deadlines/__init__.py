"""Deadlines in the window: the legal clock's timeline, reminders (tray) and their words."""
