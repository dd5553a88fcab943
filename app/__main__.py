"""`python -m app` and the `hearth` script."""
import multiprocessing
import sys

from app.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the vCard reader's workers in a built app
    sys.exit(main())
