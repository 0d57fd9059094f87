# Prints the scopes of the program named on the command line as CPython's symtable sees them,
# in the format of SymtableTest.dump: "type name line: symbol=SCOPE ..." per block, depth-first.
import symtable, sys

SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}

def walk(t, depth):
    syms = sorted((s.get_name(), SCOPES.get(s._Symbol__scope, "NONE")) for s in t.get_symbols())
    print("  " * depth + "%s %s %d:%s" % (t.get_type(), t.get_name(), t.get_lineno(),
                                         "".join(" %s=%s" % s for s in syms)))
    for c in t.get_children():
        walk(c, depth + 1)

src = open(sys.argv[1], encoding="utf-8").read()
walk(symtable.symtable(src, sys.argv[1], "exec"), 0)
