# Objects still alive when the program ends are finalized at shutdown. The module's
# globals are in a cycle (functions refer back to them through __globals__), so CPython
# 3.11 frees them with its cycle collector: __del__ runs in the collector's list order
# (allocation order), not in the order of the names or of the containers holding them.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
objs = [T("made-1"), T("made-2"), T("made-3")]
objs.reverse()
z = T("made-4, bound to z")
a = T("made-5, bound to a")
holder = {"k": T("made-6, in a dict")}
print([o.name for o in objs])
print("end of program")
