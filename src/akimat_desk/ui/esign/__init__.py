"""The window's e-signature area: the trust store page, the card's signature panel, registration's e-document part."""
