"""Entry point of the frozen build: the same ``akimat_desk.app.main`` as the installed command."""

import sys

from akimat_desk.app import main

if __name__ == "__main__":
    sys.exit(main())
