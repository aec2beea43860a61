"""Storage of decisions, outgoing letters, dispatches and proposal answers."""
