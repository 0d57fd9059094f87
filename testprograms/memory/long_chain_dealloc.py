# Freeing a very long linked chain must not overflow any stack (CPython's trashcan).
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
head = None
for i in range(200000):
    head = Node(head)
print("built")
head = None
print("freed object chain")
lst = []
for i in range(200000):
    lst = [lst]
lst = None
print("freed nested lists")
d = {}
for i in range(100000):
    d = {"next": d}
d = None
print("freed nested dicts")
t = ()
for i in range(100000):
    t = (t,)
t = None
print("freed nested tuples")
