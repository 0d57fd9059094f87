# Each container slot holding an object owns one reference to it.
import sys
item = ["payload"]
print("start:", sys.getrefcount(item))
lst = [item]
print("in a list:", sys.getrefcount(item))
lst.append(item)
lst.append(item)
print("three times in the list:", sys.getrefcount(item))
lst.pop()
print("after pop:", sys.getrefcount(item))
d = {"a": item, "b": item}
print("two dict values:", sys.getrefcount(item))
t = (item, item)
print("tuple of two:", sys.getrefcount(item))
st = {1: item}
del d["a"]
print("after del d['a']:", sys.getrefcount(item))
lst.clear()
print("after lst.clear():", sys.getrefcount(item))
d = None
t = None
st = None
print("after dropping containers:", sys.getrefcount(item))
key = tuple(["computed", "key"])
m = {key: 1}
print("dict key:", sys.getrefcount(key))
s = set()
s.add(key)
print("set element too:", sys.getrefcount(key))
lst2 = [item] * 5
print("list repetition:", sys.getrefcount(item))
lst2[1:4] = []
print("after slice deletion:", sys.getrefcount(item))
lst2 = None
print("end:", sys.getrefcount(item))
