"""Qt item models over the register (models over ids; data fetched through the services)."""
