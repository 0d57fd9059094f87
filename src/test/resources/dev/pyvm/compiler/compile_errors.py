# For each program of compile_errors.txt (separated by "#---" lines), prints "msg|lineno|offset"
# of the SyntaxError CPython's compile() raises, or "OK" if it compiles, or "PARSE" if ast.parse
# itself fails (such entries test the parser, not the compiler).
import ast, sys

for prog in open(sys.argv[1], encoding="utf-8").read().split("#---\n"):
    try:
        ast.parse(prog)
    except SyntaxError:
        print("PARSE")
        continue
    try:
        compile(prog, "prog.py", "exec")
        print("OK")
    except SyntaxError as e:
        print("%s|%s|%s" % (e.msg, e.lineno, e.offset))
