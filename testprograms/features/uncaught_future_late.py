# A __future__ import after the first statement is a SyntaxError (uncaught on purpose).
import sys
from __future__ import annotations
print("never")
