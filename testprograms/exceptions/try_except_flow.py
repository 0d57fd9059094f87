# try/except/else/finally: which blocks run, in what order, with return and break.
def run(kind):
    trail = []
    try:
        trail.append("try")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            {}["k"]
        if kind == "return":
            return trail + ["returned from try"]
    except ValueError as e:
        trail.append("except ValueError: " + str(e))
    except (KeyError, IndexError) as e:
        trail.append("except lookup: " + repr(e))
    else:
        trail.append("else")
    finally:
        trail.append("finally")
    return trail
for k in ("none", "value", "key", "return"):
    print(k, run(k))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
while True:
    try:
        break
    finally:
        print("finally on break")
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not here")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    raise KeyError("k")
except LookupError as e:
    print("caught by base class", type(e).__name__, e)
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
