class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True

with CM() as a, CM() as b:
    print(a, b)

def use():
    with CM():
        raise KeyError("swallowed")
    for i in range(2):
        with CM() as c:
            if i:
                break
            continue
    with CM():
        return 5

print(use())
