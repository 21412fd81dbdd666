"""`python -m trusted script.py`: the same as the `pypy-sandbox` command."""

import sys

from trusted._cli import main

sys.exit(main())
