"""`python -m cecingest` runs the command line."""

import sys

from cecingest.cli import main

sys.exit(main())
