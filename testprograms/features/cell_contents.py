def outer():
    a = 1
    def g(): return a
    cell = g.__closure__[0]
    print(cell.cell_contents, len(g.__closure__), g.__code__.co_freevars)
    a = 2
    print(cell.cell_contents)
    del a
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError:", e)
outer()
