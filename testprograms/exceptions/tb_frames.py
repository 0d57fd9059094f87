# A traceback keeps the frames it passed through: their locals live until the traceback goes.
import gc


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def fail():
    r = Res("local of fail")
    raise ValueError("boom")


try:
    fail()
except ValueError as e:
    print("caught", e)
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
    print(sorted(tb.tb_next.tb_frame.f_locals), tb.tb_next.tb_frame.f_locals["r"].name, tb.tb_next.tb_next)
    del tb
print("after except")


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


def use():
    g = gen()
    next(g)
    raise KeyError("k")


try:
    use()
except KeyError:
    print("caught KeyError")
print("after")

saved = None


def keep():
    global saved
    x = Res("kept")
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e


keep()
print("keep returned")
saved = None
print("saved cleared")


def cycle():
    try:
        raise RuntimeError
    except RuntimeError as e:
        err = e
    r = Res("in cycle")


cycle()
print("cycle returned", gc.collect() > 0)
frame = None
try:
    fail()
except ValueError as e:
    frame = e.__traceback__.tb_next.tb_frame
print(type(frame).__name__, frame.f_lineno, frame.f_code.co_name, "r" in frame.f_locals, frame.f_globals is globals())
del frame
print("end")
