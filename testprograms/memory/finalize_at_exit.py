# Objects still alive when the program ends are finalized during shutdown. CPython
# 3.11's order, as observed: instances bound directly to globals first (in the order
# the names were bound), then the contents of containers bound to globals, container
# by container in the same order, a list's items from last to first. This is the only
# test that pins the order of several objects dying at exit; others have at most one.
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
