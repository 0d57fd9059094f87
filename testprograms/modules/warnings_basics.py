# warnings: warn through the default filters, simplefilter/filterwarnings, catch_warnings(record=True),
# the registry of shown warnings, error action, formatwarning, stacklevel
import linecache
import os
import sys
import warnings


def to_stdout(message, category, filename, lineno, file=None, line=None):
    # shown on stdout, the file without its directory (regen keeps warnings off stderr)
    line = linecache.getline(filename, lineno) if line is None else line
    sys.stdout.write(warnings.formatwarning(message, category, os.path.basename(filename), lineno, line))

warnings.showwarning = to_stdout


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)


def check(n):
    warnings.warn(f"check {n}")

for i in range(3):
    check(1)
old_api()
warnings.warn("from module level")
warnings.warn(UserWarning("an instance"))
warnings.warn("pending", PendingDeprecationWarning)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(2):
        check(2)
    warnings.warn("runtime", RuntimeWarning)
    old_api()
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(caught[0].filename == __file__, caught[0].lineno, caught[-1].lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("UserWarning raised:", e)
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("ignored")

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("always", category=RuntimeWarning)
    warnings.warn("skip this one")
    warnings.warn("Skip, whatever the case")
    warnings.warn("keep this", RuntimeWarning)
    warnings.warn("keep this", RuntimeWarning)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
print(len(log))

print(warnings.formatwarning("text", UserWarning, "file.py", 12, "the line  "), end="")
print(warnings.formatwarning("text", DeprecationWarning, "nofile.py", 3), end="")
for bad in [lambda: warnings.warn("x", int), lambda: warnings.simplefilter("loud"),
            lambda: warnings.filterwarnings("ignore", category=int)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)

shown = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append(
    (str(message), category.__name__, lineno))
warnings.warn("to my hook")
warnings.showwarning = old
print(old is to_stdout)
print(shown)
print(warnings.filters[-4:])
warnings.resetwarnings()
print(warnings.filters)
