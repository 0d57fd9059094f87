# Nested loops: break only leaves the innermost loop; flags to break out of several.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(i * 10 + j, end=" ")
    print("| end row", i)
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
table = []
for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    table.append(row)
print(table)
count = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        if (i + j) % 3 == 0:
            j += 1
            continue
        count += 1
        j += 1
    i += 1
print("count", count)
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))
