# References held by exceptions and by the except-clause name, released afterwards.
import sys
payload = ["data"]
print("start:", sys.getrefcount(payload))
try:
    raise ValueError(payload)
except ValueError as e:
    print("inside except (args tuple holds it):", sys.getrefcount(payload))
    saved = e
print("saved exception keeps it:", sys.getrefcount(payload))
saved = None
print("after dropping the exception:", sys.getrefcount(payload))
def fails(p):
    raise KeyError(p)
try:
    fails(payload)
except KeyError:
    pass
print("after a caught exception from a call:", sys.getrefcount(payload))
