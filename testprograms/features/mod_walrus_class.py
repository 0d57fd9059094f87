class A:
    vals = [(z := q) for q in range(2)]
