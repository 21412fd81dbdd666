"""tests/compiler: the helpers next to the tests (verify.py, refvm.py,
run_programs.py) are imported as top-level modules."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)
