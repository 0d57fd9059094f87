# print() writes to sys.stdout as the program has set it (looked up at each call), as CPython's
import io
import sys


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        self.parts.append("<flush>")


r = Recorder()
sys.stdout = r
print("a", "b", sep="-")
print(1, 2.5, None, end="!")
print(flush=True)
print()
sys.stdout = sys.__stdout__
print(r.parts)

buf = io.StringIO()
sys.stdout = buf
print("into", "StringIO")
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()))

sys.stdout = None
print("dropped: sys.stdout is None")
sys.stdout = sys.__stdout__
print("back")

print("explicit file", file=sys.stderr)
print("file=None means sys.stdout", file=None)


class NoWrite:
    pass

sys.stdout = NoWrite()
try:
    print("x")
except AttributeError as e:
    sys.stdout = sys.__stdout__
    print("AttributeError", e)
sys.stdout = sys.__stdout__

saved = sys.stdout
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.stdout = saved
    print("RuntimeError", e)
