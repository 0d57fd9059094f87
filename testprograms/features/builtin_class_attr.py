# __class__ of instances of built-in types
for v in [1, 1.5, "a", [], (), {}, set(), None, True, range(1), len, object()]:
    print(v.__class__, v.__class__.__name__)
print((1).__class__ is int, "".__class__.__class__)
