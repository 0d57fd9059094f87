# gc.collect() returns how many unreachable objects it found, per kind of cycle.
# Each scenario uses its own class: CPython 3.11 stores instance attributes inline
# and only materialises a __dict__ object (one more container) when asked for it.
import gc
gc.collect()
print("clean start:", gc.collect())
def list_self():
    l = [1, 2]
    l.append(l)
list_self()
print("list -> itself:", gc.collect())
def dict_self():
    d = {"k": 1}
    d["me"] = d
dict_self()
print("dict -> itself:", gc.collect())
def list_pair():
    a = []
    b = [a]
    a.append(b)
list_pair()
print("two lists:", gc.collect())
def list_tuple():
    l = []
    t = (l, 1)
    l.append(t)
list_tuple()
print("list <-> tuple:", gc.collect())
def with_payload():
    l = [[1], [2], {"x": [3]}]
    l.append(l)
with_payload()
print("list cycle carrying 4 containers:", gc.collect())
def not_a_cycle():
    l = [[1], [2]]
not_a_cycle()
print("no cycle, freed by refcount:", gc.collect())
class P:
    pass
def instance_pair():
    a = P()
    b = P()
    a.other = b
    b.other = a
instance_pair()
print("two instances:", gc.collect())
class Q:
    pass
def instance_with_dicts():
    a = Q()
    b = Q()
    a.other = b
    b.other = a
    print("  a.__dict__ =", sorted(a.__dict__), "b.__dict__ =", sorted(b.__dict__))
instance_with_dicts()
print("two instances whose __dict__ was used:", gc.collect())
class R:
    pass
def instance_list():
    r = R()
    r.items = [1, 2, r]
instance_list()
print("instance <-> list:", gc.collect())
def many(n):
    for i in range(n):
        l = []
        l.append(l)
many(250)
print("250 separate cycles:", gc.collect())
class Node:
    pass
def ring(n):
    nodes = [Node() for _ in range(n)]
    for i in range(n):
        nodes[i].next = nodes[(i + 1) % n]
ring(50)
print("ring of 50 instances:", gc.collect())
print("nothing left:", gc.collect())
