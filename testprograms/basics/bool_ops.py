# and/or return an operand, not a bool; not returns a bool; truthiness of each type.
def t(x):
    print("  t", repr(x))
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or 0)
print([] and 1, [0] and 1, not [], not [0], not None, not 0.0)
print(t(0) and t(1))
print(t(1) and t(0) and t(2))
print(t(0) or t("") or t("last"))
print(t(3) or t(4))
for x in (0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)):
    print(repr(x), bool(x))
print(True + 1, not not 5, type(not 5))
x = 5
print(x > 3 and x < 10, x < 3 or x > 4, not x == 5)
print(1 if 0 else 2, "yes" if [1] else "no", (lambda: 1)() if True else 0)
y = 0 or None
print(y)
