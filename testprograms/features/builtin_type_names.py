# the names of some built-in types: the iterator of an ASCII str, a method of a built-in type
print(type(iter("abc")).__name__, type(iter("\u00e9")).__name__)
print(type(str.upper).__name__, type(list.append).__name__, type("a".upper).__name__)
