# Exceptions raised inside except and finally blocks replace the one being handled.
def in_except():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("replacement")
try:
    in_except()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
def in_finally():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("from finally")
try:
    in_finally()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
def nested_handlers():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e1:
            try:
                [][0]
            except IndexError as e2:
                print("inner handler sees", type(e2).__name__, "with context", type(e2.__context__).__name__)
            print("back in outer handler with", type(e1).__name__)
            raise
    except ZeroDivisionError as e:
        print("re-raised the right one:", e)
nested_handlers()
def return_in_finally_cancels():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            if i < 2:
                continue
            return "done at %d" % i
print(return_in_finally_cancels())
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        err = e
    raise err
except ValueError as e:
    print("raised a saved exception again:", e, e is err)
