# An exception raised inside a generator: the traceback passes through the generator frame.
def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)
def consume():
    total = 0
    for v in numbers(5):
        print("got", v)
        total += v
    return total
consume()
