# Benchmark: building and dropping cyclic structures, leaving the work to the cycle collector.
import gc
import sys
import time
class Node:
    def __init__(self, value):
        self.value = value
        self.peers = []
def build(n):
    nodes = [Node(i) for i in range(n)]
    for i, node in enumerate(nodes):
        node.peers.append(nodes[(i + 1) % n])
        node.peers.append(nodes[(i * 7) % n])
    return nodes[0]
def run(rounds):
    total = 0
    for r in range(rounds):
        head = build(200)
        total += head.peers[0].value + len(head.peers)
        d = {"self": None, "data": [r] * 5}
        d["self"] = d
    return total, gc.collect() >= 0


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(1200)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(6)
