# raise with a class, an instance, re-raise, raise in except, and exception attributes.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise ValueError("msg", 42)
except ValueError as e:
    print(repr(e), e.args, str(e))
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling, then re-raising")
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("re-raised:", e)
try:
    try:
        raise KeyError("first")
    except KeyError as e:
        raise RuntimeError("second") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError:", e)
err = ValueError("stored")
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err)
print(KeyError("k"), repr(KeyError("k")), str(KeyError("a", "b")), IndexError(), repr(IndexError()))
