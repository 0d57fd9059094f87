from .circ_a import NAME
