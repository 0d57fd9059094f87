# str repetition counts whose length overflows a Py_ssize_t: OverflowError; too big: MemoryError
for n in [2**62, 2**63 - 1, 2**40]:
    try:
        'ab' * n
    except (MemoryError, OverflowError) as e:
        print(n, type(e).__name__, e)
print(len('ab' * 3))
