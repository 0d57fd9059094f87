# ends with an uncaught exception on purpose: an exception class raised without arguments, in a generator and a lambda
def gen():
    yield 1
    raise StopIteration
f = lambda: list(gen())
f()
