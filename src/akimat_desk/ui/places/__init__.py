"""The window's places area: the places page and its grid, the place dialogs, the card's legal checks."""
