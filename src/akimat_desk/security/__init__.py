"""security layer of akimat_desk (see ARCHITECTURE.md)."""
