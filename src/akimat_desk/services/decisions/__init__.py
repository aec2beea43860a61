"""Decisions: the decision workflow, refusal grounds, outgoing letters and their numbers, dispatch and delivery."""
