# A circular import that fails: the message says the module is only partially initialized.
import mod_cycle_a
