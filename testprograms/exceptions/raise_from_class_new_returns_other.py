# raise ... from C, where calling C returns a non-exception: CPython 3.11 takes it as the cause
# unchecked, and the report of the uncaught exception says the cause is not an exception.
class X(Exception):
    def __new__(cls, *a):
        return 42
try:
    raise ValueError("v") from X
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
raise ValueError("w") from X
