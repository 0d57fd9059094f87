import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.argv).__name__, sys.argv[0].endswith(".py"), sys.byteorder)
print(sys.version_info[0], sys.version_info >= (3, 0), type(sys.path).__name__)
print(sys.float_info.max if hasattr(sys, "float_info") else 1.7976931348623157e308, sys.maxunicode if hasattr(sys, "maxunicode") else 1114111)
sys.stdout.write("written\n")
print("to stdout", file=sys.stdout)
print("a", "b", sep="-", end="!\n")
print("x", end="")
print()
print(*[1, 2, 3], sep=", ")
print("flush", flush=True)
print(sys.getrecursionlimit() > 0, isinstance(sys.modules, dict), "sys" in sys.modules)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
try:
    def inf(): return inf()
    inf()
except RecursionError as e:
    print("RecursionError:", e)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.code, repr(e))
try:
    raise SystemExit("msg")
except SystemExit as e:
    print("code", e.code)
try:
    exit()
except SystemExit as e:
    print("exit()", e.code)
print(isinstance(KeyboardInterrupt(), BaseException), isinstance(SystemExit(), Exception))
print(sys.stderr is not None, sys.stdin is not None)
