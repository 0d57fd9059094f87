# Self-referencing containers print with [...] / {...}.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
b = [a, a]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
t = ([],)
t[0].append(t)
print(t)
m = {"l": []}
m["l"].append(m)
print(m, repr(m) == str(m))
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return "Node(%r)" % (self.children,)
n = Node()
n.children.append([1])
print(n)
print(a == a, [a] == [a])
