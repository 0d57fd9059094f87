# Helper module: imports mod_cycle_b, which imports a name of this module not defined yet.
import mod_cycle_b
late = 1
