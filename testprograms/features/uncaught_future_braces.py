# from __future__ import braces: CPython's joke, a SyntaxError (uncaught on purpose).
from __future__ import braces
