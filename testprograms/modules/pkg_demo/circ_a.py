from . import circ_b
NAME = "a"
