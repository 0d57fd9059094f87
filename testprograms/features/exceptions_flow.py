def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(h())
def swallow():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(swallow())
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise TypeError("outer") from e
except TypeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b") from None
except KeyError as e:
    print(e.__suppress_context__, e.__cause__, repr(e.__context__))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyErr(5)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
e = ValueError(1, 2); print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("x")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise():
    try:
        raise IndexError("i")
    except IndexError:
        raise
try:
    reraise()
except IndexError as e:
    print("reraised", e)
try:
    1 / 0
except (ValueError, ZeroDivisionError) as e:
    print("tuple caught", type(e).__name__)
else:
    print("no")
try:
    pass
except Exception:
    pass
else:
    print("else runs")
finally:
    print("finally too")
e = None
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ex:
    print("NameError:", ex)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(bool, int))
print(KeyError.__mro__ if False else KeyError.__bases__, BaseException.__subclasses__ if False else "")
try:
    raise Exception("a", "b")
except Exception as e:
    print(e, e.args)
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
