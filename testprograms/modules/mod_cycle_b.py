# Helper module: imported by mod_cycle_a while mod_cycle_a is still running.
from mod_cycle_a import late
