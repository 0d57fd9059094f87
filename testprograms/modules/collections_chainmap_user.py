# collections.ChainMap, UserDict, UserList, UserString
from collections import ChainMap, UserDict, UserList, UserString

base, over = {"a": 1, "b": 2}, {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), "c" in cm, cm.get("z", "none"))
print(sorted(cm.keys()), sorted(cm.items()), sorted(cm.values()), dict(cm) == {"a": 1, "b": 20, "c": 30})
cm["d"] = 4
del cm["c"]
print(over, base, cm.maps is not None, len(cm.maps))
child = cm.new_child({"a": 100})
print(child["a"], child.parents == cm, child.parents, cm.new_child(), len(child.maps))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})), ChainMap.fromkeys("ab", 0))
print(cm.pop("d"), cm.copy(), cm | {"e": 5}, {"e": 5} | cm)
for label, f in [("getitem", lambda: ChainMap({})["q"]), ("del", lambda: cm.__delitem__("a")),
                 ("pop", lambda: cm.pop("a")), ("popitem", lambda: ChainMap({}).popitem())]:
    try:
        print(label, f())
    except KeyError as e:
        print(label, "KeyError:", e)

ud = UserDict({"x": 1}, y=2)
ud["z"] = 3
print(ud, len(ud), ud["x"], "y" in ud, sorted(ud), ud.get("q", 0), ud.data is not None)
print(sorted(ud.items()), ud.pop("z"), ud.setdefault("w", 9), ud == {"x": 1, "y": 2, "w": 9})
print(ud | {"v": 0}, type(ud.copy()).__name__, UserDict.fromkeys("ab"))
print(ud.keys() == {"x", "y", "w"}, ud.keys(), sorted(ud.items() & {("x", 1)}), 9 in ud.values())
ud.update({"x": 10})
del ud["y"]
print(ud)


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


print(Defaulting()["ab"])
try:
    UserDict()["k"]
except KeyError as e:
    print("KeyError:", e)

ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[0], ul[1:], type(ul[1:]).__name__, len(ul), 2 in ul, ul == [0, 1, 2, 3])
ul.extend(UserList([7]))
ul += [8]
print(ul + [9], [9] + ul, ul * 2, ul.pop(), ul.index(7), ul.count(1), ul.copy())
ul.reverse()
ul.insert(0, "s")
ul.remove(1)
del ul[1]
print(ul, ul < UserList(["t"]), list(reversed(ul)))

us = UserString("Hello")
print(us, repr(us), len(us), us[1], us + "!", "<" + us, us * 2, us.upper(), us.lower())
print(us == "Hello", us < "World", "ell" in us, us.find("l"), us.replace("l", "L"), us.split("l"))
print(us.startswith("He"), us.center(9, "*"), us.strip("Ho"), type(us.upper()).__name__, hash(us) == hash("Hello"))
print(UserString(42), int(UserString("7")) + 1, list(UserString("ab")), UserString("%s-%s") % ("a", "b"))
