"""``python -m srkg.cli``: the same as the ``srkg`` command."""

import sys

from . import main

sys.exit(main())
