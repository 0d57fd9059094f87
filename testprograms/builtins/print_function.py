# print: sep, end, multiple arguments, empty print, file=sys.stdout/stderr, flush.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print(1, 2.0, None, [3], (4,), {5: 6}, sep=" | ")
print(*range(5))
print(*[], sep="x")
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("", end="")
print("sep None", "end None", sep=None, end=None)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
