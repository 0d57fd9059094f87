a = {80, 66, 67}
b = {1, 2, *a}
c = [x for x in {3, 4, 5}]
for y in {7, 8, 9}:
    pass
d = 5 in {1, 2}
e = {1.0, 1, True, 2}
