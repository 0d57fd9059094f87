# N-queens: count all solutions by backtracking and print the first board for small n.
def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []
    def place(row):
        if row == n:
            solutions.append(list(placement))
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.discard(c); diag1.discard(row - c); diag2.discard(row + c)
    place(0)
    return solutions
for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols), sols[0] if sols else None)
first = solve(6)[0]
for r in range(6):
    print(" ".join("Q" if first[r] == c else "." for c in range(6)))
def count_bits(n):
    full = (1 << n) - 1
    def go(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = ~(cols | d1 | d2) & full
        while free:
            bit = free & -free
            free -= bit
            total += go(cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1)
        return total
    return go(0, 0, 0)
print([count_bits(n) for n in range(1, 10)])
