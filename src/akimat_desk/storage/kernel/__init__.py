"""The storage kernel: engines, the unit of work, the ORM base, migrations and the history chain's pure functions."""
