"""``python -m personae.tui`` runs the same command as ``personae``."""

import sys

from personae.tui.cli import main

sys.exit(main())
