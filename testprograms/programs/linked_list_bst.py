# A singly linked list and a binary search tree built from classes, with iteration and deletion.
class ListNode:
    def __init__(self, value, nxt=None):
        self.value, self.next = value, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = ListNode(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev, cur = None, self.head
        while cur and cur.value != v:
            prev, cur = cur, cur.next
        if cur is None:
            raise ValueError("%r not in list" % (v,))
        if prev: prev.next = cur.next
        else: self.head = cur.next
        self.size -= 1
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll))
ll.reverse(); print(ll)
ll.remove(1); ll.remove(5); print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
class BST:
    class Node:
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None
    def __init__(self):
        self.root = None
    def insert(self, key):
        if self.root is None:
            self.root = BST.Node(key); return
        n = self.root
        while True:
            if key == n.key: return
            side = "left" if key < n.key else "right"
            child = getattr(n, side)
            if child is None:
                setattr(n, side, BST.Node(key)); return
            n = child
    def __contains__(self, key):
        n = self.root
        while n and n.key != key:
            n = n.left if key < n.key else n.right
        return n is not None
    def inorder(self, n="start"):
        if n == "start": n = self.root
        if n:
            yield from self.inorder(n.left)
            yield n.key
            yield from self.inorder(n.right)
    def height(self, n="start"):
        if n == "start": n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def delete(self, key):
        def rec(n, key):
            if n is None: return None
            if key < n.key: n.left = rec(n.left, key)
            elif key > n.key: n.right = rec(n.right, key)
            else:
                if n.left is None: return n.right
                if n.right is None: return n.left
                succ = n.right
                while succ.left: succ = succ.left
                n.key = succ.key
                n.right = rec(n.right, succ.key)
            return n
        self.root = rec(self.root, key)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    t.insert(k)
print(list(t.inorder()), t.height(), 45 in t, 99 in t)
for k in (20, 30, 50, 99):
    t.delete(k)
    print("delete", k, list(t.inorder()), t.height())
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words.inorder()))
