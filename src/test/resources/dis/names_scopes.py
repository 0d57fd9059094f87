"""Names: module, local, global, nonlocal, cells, free variables, class bodies."""
counter = 0

def bump():
    global counter
    counter += 1
    return counter

def outer(a):
    b = a + 1
    def middle():
        nonlocal b
        b += 1
        def inner():
            return a, b
        return inner
    return middle

class Box:
    size = 3
    def get(self):
        return size

def shadow(x):
    del x
    y = 1
    del y

if __name__ == "__main__":
    print(bump(), outer(1)()())
