# Unbounded recursion ends in RecursionError; CPython folds the repeated frames.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
print("start")
down(0)
