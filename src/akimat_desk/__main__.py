"""``python -m akimat_desk`` runs the same entry point as the ``akimat-desk`` command."""

from akimat_desk.app import main

if __name__ == "__main__":
    raise SystemExit(main())
