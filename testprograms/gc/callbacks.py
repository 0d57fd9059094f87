# gc.callbacks: called with "start" and "stop" and an info dict around each collection.
import gc
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
def cycles(n):
    for i in range(n):
        d = {}
        d["me"] = d
cycles(5)
n = gc.collect()
print("collect returned", n)
print(log)
log.clear()
gc.collect(1)
print(log)
log.clear()
def loud(phase, info):
    print("loud", phase, sorted(info))
gc.callbacks.append(loud)
gc.collect(0)
print(log)
gc.callbacks.remove(cb)
gc.callbacks.remove(loud)
log.clear()
gc.collect()
print(log, gc.callbacks)
