import time
t0 = time.time(); t1 = time.perf_counter(); t2 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() > t1, time.monotonic() >= t2, type(time.time_ns()).__name__)
print(type(time.process_time()).__name__)
