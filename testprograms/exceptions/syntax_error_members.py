# SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): its members and str()
for args in [("m", ("dir/f.py", 1, 2, "t")), ("m", ("f", 1, 2)), ("m", ("f", 1, 2, "t", 3)),
             ("m", ("f", 1, 2, "t", 3, 4, 5)), ("m", 5), ("m", ("f", 10**30, 1, None)),
             ("m", (None, 2, 1, None)), ("m", ("f", None, 1, None)), (1, 2, 3), (None, ("x", True, 1, "t")),
             ("m", ["f", 1, 2, "t"])]:
    try:
        e = SyntaxError(*args)
        print(repr(str(e)), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
    except TypeError as ex:
        print("TypeError", ex)
# the members can be assigned and deleted (deleted, they read as None)
e = SyntaxError("m")
e.lineno = 4
print(str(e), e.print_file_and_line)
del e.lineno
e.filename = "/x/y.py"
e.print_file_and_line = 1
print(str(e), e.lineno, e.print_file_and_line)
try:
    SyntaxError(msg="x")
except TypeError as ex:
    print(ex)
print(repr(SyntaxError("a", ("f", 1, 2, "t"))))
# subclasses, built-in and user-defined, have them too; other exceptions do not
class Custom(SyntaxError):
    pass
c = Custom("q", ("f", 1, 2, "t"))
print(c, c.lineno, c.msg, IndentationError("z", ("f", 3, 1, "t")).lineno, SyntaxError().msg)
try:
    ValueError("x").lineno
except AttributeError as ex:
    print(ex)
