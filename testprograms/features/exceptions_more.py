def f():
    try:
        return 1
    finally:
        print("in finally")
        try:
            raise ValueError
        except ValueError:
            print("inner handled")
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(g())
def h():
    while True:
        try:
            break
        finally:
            print("finally on break")
    return "after"
print(h())
try:
    try:
        raise TypeError("first")
    finally:
        print("cleanup")
except TypeError as e:
    print("outer caught", e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ArithmeticError as e:
    print(type(e).__name__, e.__context__)
def nested_handlers():
    try:
        raise KeyError("k")
    except KeyError as e1:
        try:
            raise ValueError("v")
        except ValueError as e2:
            return repr(e2.__context__), e1 is e2.__context__
print(nested_handlers())
class E1(Exception): pass
class E2(E1): pass
for exc in (E1, E2, Exception):
    try:
        raise exc("x")
    except E2:
        print("E2 branch")
    except E1:
        print("E1 branch")
    except Exception:
        print("Exception branch")
e = E2("a", "b"); print(e.args, str(e), repr(e), isinstance(e, E1), E2.__mro__[1].__name__)
try:
    raise E1 from E2
except E1 as err:
    print(repr(err), repr(err.__cause__))
class WithInit(Exception):
    def __init__(self, a, b):
        self.a = a; self.b = b
w = WithInit(1, 2); print(w.args, w.a, str(w), repr(w))
class NoSuper(Exception):
    def __init__(self, msg): self.msg = msg
print(NoSuper("m").args, str(NoSuper("m")))
import sys
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info(); print(t.__name__, v, tb is not None)
print(sys.exc_info())
def exc_in_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        raise RuntimeError("from else")
try:
    exc_in_else()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise ValueError("a") from ValueError("b")
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
e = ValueError("x"); e.__cause__ = KeyError("y"); print(repr(e.__cause__), e.__suppress_context__)
e.__context__ = e.__cause__; e.__suppress_context__ = False; e.args = [1, 2]; print(e.args, repr(e.__context__), e.__suppress_context__)
for attr in ("args", "__cause__"):
    try:
        delattr(e, attr)
    except TypeError as err:
        print("TypeError:", err)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)
print(BaseException("a") .args, Exception().args, repr(Exception(None)), str(Exception(None)))
try:
    raise TypeError
except (TypeError, ValueError) as e:
    print(repr(e), type(e) is TypeError)
try:
    [].pop()
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    raise Exception("catch me") 
except BaseException as e:
    print("BaseException caught", e)
def raise_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    raise_in_finally()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
print(ValueError("a") == ValueError("a"), issubclass(NotImplementedError, RuntimeError), issubclass(UnboundLocalError, NameError))
