"""`python -m app` and the `hearth` script."""
import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
