from . import a, b,
