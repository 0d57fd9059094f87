# random object graphs with weak references, the same for pyvm and CPython (random.seed): which
# callbacks run when reference counting frees objects, which when the collector does, which
# never (weakrefs that are garbage themselves), what the collections count, what stays alive
import gc
import random
import weakref

gc.collect()
log = []


class Node:
    def __init__(self, i):
        self.i = i
        self.edges = []


def make_callback(tag):
    def callback(wr):
        log.append(tag)
    return callback


def state(w):
    if isinstance(w, weakref.ProxyType):
        try:
            return w.i
        except ReferenceError:
            return "x"
    obj = w()
    return "x" if obj is None else obj.i


for seed in range(100):
    random.seed(seed)
    n = random.randint(2, 10)
    nodes = [Node(i) for i in range(n)]
    for _ in range(random.randint(0, 2 * n)):
        nodes[random.randrange(n)].edges.append(nodes[random.randrange(n)])
    refs = []
    for k in range(random.randint(1, n)):
        target = nodes[random.randrange(n)]
        kind = random.random()
        if kind < 0.25:
            refs.append(weakref.ref(target))
        elif kind < 0.55:
            refs.append(weakref.ref(target, make_callback(("ref", target.i, k))))
        elif kind < 0.75:
            refs.append(weakref.proxy(target, make_callback(("proxy", target.i, k))))
        else:
            # held by a node: garbage when that node is
            holder = nodes[random.randrange(n)]
            holder.edges.append(weakref.ref(target, make_callback(("held", target.i, k))))
    keep = sorted(set(random.sample(range(n), random.randint(0, n))))
    survivors = [nodes[i] for i in keep]
    del nodes, target
    if "holder" in globals():
        del holder
    by_refcount = list(log)
    log.clear()
    freed = gc.collect()
    print(seed, "kept", keep, "refcount", by_refcount, "collector", freed, log, [state(w) for w in refs])
    log.clear()
    del survivors
    freed = gc.collect()
    print("   then", freed, log, [state(w) for w in refs])
    log.clear()
    del refs
print("final", gc.collect())
