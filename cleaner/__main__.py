"""``python -m cleaner`` runs the ``clean-text`` command."""

import sys

from cleaner.cli import main

sys.exit(main())
