# A traceback releases its next entry before its frame (CPython 3.11's tb_dealloc), so the
# locals of the innermost frame die first when the last reference to the traceback goes.

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def inner(n):
    here = Noisy('inner %d' % n)
    raise ValueError('boom %d' % n)

def middle(n):
    here = Noisy('middle %d' % n)
    inner(n)

def outer(n):
    here = Noisy('outer %d' % n)
    middle(n)

def keep_traceback(n):
    try:
        outer(n)
    except ValueError as e:
        return e.__traceback__

tb = keep_traceback(1)
print('kept a traceback of', tb.tb_next.tb_frame.f_code.co_name)
del tb
print('dropped it')

def keep_exception(n):
    try:
        outer(n)
    except ValueError as e:
        return e
err = keep_exception(2)
print('kept', repr(err))
err = None
print('dropped it')
