# raise C where C.__new__ returns something that is not an exception: TypeError
class C(Exception):
    def __new__(cls, *args):
        return 5

class D(Exception):
    def __new__(cls, *args):
        return []

for k in (C, D):
    try:
        raise k
    except TypeError as e:
        print('TypeError:', e)
