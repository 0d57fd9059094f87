# Infinite generators with hand-written take/islice/filter helpers.
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def islice(it, start, stop, step=1):
    i = 0
    for x in it:
        if i >= stop:
            return
        if i >= start and (i - start) % step == 0:
            yield x
        i += 1
def gfilter(pred, it):
    for x in it:
        if pred(x):
            yield x
def gmap(f, it):
    for x in it:
        yield f(x)
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(10, naturals()))
print(list(islice(naturals(), 5, 20, 3)))
print(take(5, gfilter(lambda x: x % 3 == 0, gmap(lambda x: x * x, naturals(1)))))
print(take(15, primes()))
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(take(8, running_sum(naturals(1))))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("ab")))
