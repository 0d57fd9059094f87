# itertools objects in reference cycles: the collector traverses them and frees the cycles
import gc
import itertools as I

print(gc.collect())
class Node:
    pass

def scenario(name, make):
    make()
    print(name, gc.collect())

def chain_cycle():
    l = []
    l.append(I.chain(l, [1]))
scenario('chain', chain_cycle)
def chain_active():
    l = [0]
    c = I.chain(l)
    next(c)
    l.append(c)
scenario('chain active', chain_active)
def cycle_saved():
    l = []
    cy = I.cycle(l)
    l.append(cy)
    next(cy)
scenario('cycle', cycle_saved)
def repeat_self():
    n = Node()
    n.r = I.repeat(n)
scenario('repeat', repeat_self)
def count_step():
    n = Node()
    n.c = I.count(0, 1.5)
    n.k = I.count(n.c and 1, 2)
    n.self = n
scenario('count', count_step)
def accumulate_total():
    n = Node()
    n.acc = I.accumulate([n, n], lambda a, b: a)
    next(n.acc)
scenario('accumulate', accumulate_total)
def groupby_groups():
    n = Node()
    n.gb = I.groupby([n, n, 1])
    n.k, n.g = next(n.gb)
scenario('groupby', groupby_groups)
def groupby_key():
    n = Node()
    n.gb = I.groupby('ab', key=lambda v: n)
    next(n.gb)
scenario('groupby key', groupby_key)
def tee_buffer():
    n = Node()
    n.a, n.b = I.tee([n, 1, 2])
    next(n.a)
scenario('tee', tee_buffer)
def islice_zip():
    n = Node()
    n.s = I.islice(I.zip_longest([n], [1, 2], fillvalue=n), 5)
    next(n.s)
scenario('islice zip_longest', islice_zip)
def combinatoric():
    n = Node()
    n.p = I.product([n], repeat=2)
    n.q = I.permutations([n, 1])
    n.c = I.combinations([n, 2], 1)
    n.w = I.combinations_with_replacement([n], 2)
    next(n.p), next(n.q), next(n.c), next(n.w)
scenario('combinatoric', combinatoric)
def filters():
    n = Node()
    n.items = [n]
    n.f = [I.filterfalse(None, n.items), I.dropwhile(bool, n.items), I.takewhile(bool, n.items),
           I.compress(n.items, n.items), I.starmap(Node, []), I.pairwise(n.items)]
scenario('filters', filters)
