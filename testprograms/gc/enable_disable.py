# gc.isenabled/disable/enable; automatic collection only while enabled.
import gc
gc.collect()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
def make_cycles(n):
    for i in range(n):
        l = []
        l.append(l)
make_cycles(3000)
print("disabled: all 3000 cycles still there:", gc.collect())
gc.enable()
print(gc.isenabled())
make_cycles(3000)
found = gc.collect()
print("enabled: automatic collections already took some:", found < 3000)
gc.disable()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print("explicit collect works while disabled too:", gc.isenabled())
