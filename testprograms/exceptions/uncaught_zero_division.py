# An uncaught ZeroDivisionError raised several frames deep.
def level3(x):
    return 10 / x
def level2(x):
    return level3(x - 1) * 2
def level1(x):
    print("level1", x)
    return level2(x)
print(level1(5))
print(level1(1))
