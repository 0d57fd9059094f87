# partial, KeyWrapper, itemgetter and methodcaller objects are traversed: cycles through them are collected
import gc
import functools
import operator
gc.collect()

class Tracer:
    def __init__(self, name):
        self.name = name
    def __call__(self, *args):
        return self.name
    def __del__(self):
        print("freed", self.name)

def through_args():
    t = Tracer("args")
    t.p = functools.partial(t, 1)
through_args()
print("args cycle:", gc.collect())

def through_keywords():
    t = Tracer("keywords")
    t.p = functools.partial(print, end=t)
through_keywords()
print("keywords cycle:", gc.collect())

def through_func():
    t = Tracer("func")
    t.p = functools.partial(t)
through_func()
print("func cycle:", gc.collect())

def through_dict():
    p = functools.partial(len)
    p.me = p
    p.tracer = Tracer("dict")
through_dict()
print("dict cycle:", gc.collect())

def self_partial():
    box = []
    p = functools.partial(box.append, box)
    box.append(p)
    return p
p = self_partial()
print(p.func.__self__ is p.args[0], p.args[0][0] is p)
del p
print("partial of a list holding it:", gc.collect())

def key_cycle():
    t = Tracer("key")
    t.key = functools.cmp_to_key(t)(t)
key_cycle()
print("KeyWrapper cycle:", gc.collect())

def getter_cycles():
    t = Tracer("itemgetter")
    t.g = operator.itemgetter(t)
    u = Tracer("methodcaller")
    u.m = operator.methodcaller("x", u, k=u)
    v = Tracer("attrgetter")
    v.a = [operator.attrgetter("name"), v]
getter_cycles()
print("getter cycles:", gc.collect())

q = functools.partial(max, 1, key=abs)
print(gc.is_tracked(q), gc.get_referents(q)[-3:])
print(gc.is_tracked(operator.itemgetter(1)), gc.get_referents(operator.itemgetter(1, 2))[-1:])
