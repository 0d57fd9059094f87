# ends with an uncaught exception on purpose: KeyError's repr'd message, context shown
d = {}
try:
    d["a"]
except KeyError:
    d["b"]
