"""``python -m tui`` runs the same command as ``personae``."""

import sys

from tui.cli import main

sys.exit(main())
