# A deque and a defaultdict in cycles: the collector traverses them and frees the cycles.
import gc
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
gc.collect()
print("clean start:", gc.collect())
def deque_self():
    d = deque([1, 2])
    d.append(d)
deque_self()
print("deque -> itself:", gc.collect())
def deque_list():
    d = deque()
    l = [d]
    d.appendleft(l)
deque_list()
print("deque <-> list:", gc.collect())
def bounded_deque():
    d = deque(maxlen=2)
    d.append([d])
    d.append("x")
bounded_deque()
print("bounded deque via list:", gc.collect())
def deque_iterator():
    d = deque([1])
    it = iter(d)
    d.append(it)
deque_iterator()
print("deque <-> its iterator:", gc.collect())
def defaultdict_self():
    dd = defaultdict(list)
    dd["me"].append(dd)
defaultdict_self()
print("defaultdict -> list -> defaultdict:", gc.collect())
class Factory:
    def __call__(self):
        return 0
def defaultdict_factory():
    f = Factory()
    dd = defaultdict(f)
    f.dd = dd
defaultdict_factory()
print("defaultdict <-> its factory:", gc.collect())
def ordered_self():
    od = OrderedDict()
    od["me"] = od
ordered_self()
print("OrderedDict -> itself:", gc.collect())
def counter_self():
    c = Counter()
    c[1] = [c]
counter_self()
print("Counter via list:", gc.collect())
P = namedtuple("P", "a b")
def namedtuple_cycle():
    l = []
    p = P(l, 1)
    l.append(p)
namedtuple_cycle()
print("namedtuple <-> list:", gc.collect())
print("tracked:", gc.is_tracked(deque()), gc.is_tracked(defaultdict()), gc.is_tracked(iter(deque())))
d = deque([[1], [2]])
print("referents:", gc.get_referents(d))
print("end:", gc.collect())
