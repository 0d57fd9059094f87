# a SyntaxError carries msg, filename, lineno, offset and text
try:
    import mod_walrus_iterable
except SyntaxError as e:
    print(e.msg, e.filename.endswith("mod_walrus_iterable.py"), e.lineno, e.offset, repr(e.text))
e = SyntaxError("bad thing", ("file.py", 3, 5, "x = = 1\n", 3, 6))
print(e, e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.args)
print(SyntaxError("only msg"), SyntaxError("only msg").lineno, SyntaxError().msg)
