# An uncaught NameError: the traceback goes to stderr and the exit status is 1.
def helper():
    return undefined_variable + 1
print("before")
helper()
print("never printed")
