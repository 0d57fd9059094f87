# Benchmark: reference cycles that only the cycle collector can reclaim: doubly-linked
# rings, trees with parent pointers, self-referencing objects, dicts and lists that
# contain themselves, and cyclic objects with finalizers (__del__, PEP 442).
import gc
import sys
import time


class Link:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class TreeNode:
    def __init__(self, parent, label):
        self.parent = parent
        self.label = label
        self.children = []


class Finalized:
    finalized = 0

    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        Finalized.finalized += self.n


def ring(n):
    head = Link(0)
    tail = head
    for i in range(1, n):
        node = Link(i)
        node.prev = tail
        tail.next = node
        tail = node
    tail.next = head
    head.prev = tail
    # walk it both ways
    s = 0
    node = head
    for _ in range(n):
        s += node.value
        node = node.next
    node = head.prev
    for _ in range(n // 2):
        s -= node.value
        node = node.prev
    return s


def tree(depth, fanout):
    root = TreeNode(None, 0)
    level = [root]
    count = 1
    for _ in range(depth):
        nxt = []
        for parent in level:
            for k in range(fanout):
                child = TreeNode(parent, count)
                count += 1
                parent.children.append(child)
                nxt.append(child)
        level = nxt
    # sum of depths, found by walking up the parent links from the leaves
    s = 0
    for leaf in level:
        node = leaf
        while node.parent is not None:
            s += 1
            node = node.parent
    return s + count


def self_refs(n):
    s = 0
    for i in range(n):
        d = {"i": i}
        d["self"] = d
        l = [i, d]
        l.append(l)
        f = Finalized(1)
        pair_a = Link(i)
        pair_b = Link(-i)
        pair_a.next = pair_b
        pair_b.next = pair_a
        s += len(l) + len(d) + f.n + pair_a.next.next.value
    return s


def round_trip():
    Finalized.finalized = 0
    a = 0
    for _ in range(120):
        a += ring(500)
    b = 0
    for _ in range(60):
        b += tree(5, 4)
    c = self_refs(36000)
    gc.collect()
    return a, b, c, Finalized.finalized


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = round_trip()
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(6)
