# The sys module: argv, recursion limit, maxsize, modules, exit codes, stdout.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31)
print("sys" in sys.modules, "__main__" in sys.modules)
print(type(sys.getsizeof([])).__name__, sys.getsizeof([]) > 0)
print(sys.version_info[0], sys.version_info >= (3, 0), sys.byteorder in ("little", "big"))
print(type(sys.stdout).__name__ if False else "skip", sys.stdout.write("w\n"))
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit if False else "skip")
