"""Storage of deadlines: stored review deadlines and the administrator's calendar overrides."""
