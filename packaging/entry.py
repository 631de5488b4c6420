"""The bundle's entry point: the same launcher as the `inspector` command of a pip install."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
