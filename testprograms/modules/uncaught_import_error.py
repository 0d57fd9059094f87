# A module that raises while being imported: the traceback shows the import line and the module.
print("importing")
import mod_broken
print("never")
