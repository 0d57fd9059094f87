# if/elif/else chains, nested ifs, truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        if n % 2 == 0:
            return "small even"
        else:
            return "small odd"
    else:
        return "large"
for n in (-5, 0, 3, 4, 10, 99):
    print(n, classify(n))
for v in ([], [0], "", "0", None, 0.0, {}, {0: 0}):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 5: print("one-line if")
if x < 5: print("never")
else: print("one-line else")
if x == 7 and not x == 8 or x / 0:
    print("short-circuited")
if (x > 1 and
        x < 100):
    print("multi-line condition")
