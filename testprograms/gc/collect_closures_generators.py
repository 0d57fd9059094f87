# Cycles through functions, cells and generators.
import gc
gc.collect()
def recursive_closure():
    def f(n):
        return 1 if n == 0 else n * f(n - 1)
    return f(5)
print(recursive_closure())
print("recursive inner function (function, cell, closure tuple):", gc.collect())
def gen_in_cycle():
    def g():
        yield 1
    it = g()
    holder = [it]
    holder.append(holder)
gen_in_cycle()
print("generator held by a list cycle (inner function freed by refcount):", gc.collect())
def gen_refers_itself():
    def g():
        try:
            box = yield
            yield box
        finally:
            print("  generator closed by the collector")
    it = g()
    next(it)
    it.send([it])
gen_refers_itself()
# The collector finalizes the suspended generator (closes it); closing clears its
# frame, which breaks the cycle, so reference counting frees both objects and
# CPython 3.11's collect() does not count them.
print("suspended generator whose frame refers to itself:", gc.collect())
def lambda_default_cycle():
    lst = []
    lst.append(lambda x=lst: x)
lambda_default_cycle()
print("list <-> lambda default:", gc.collect())
print("nothing left:", gc.collect())
