"""The window's decisions area: the decision and dispatch dialogs, the letter preview, the card's decisions panel."""
