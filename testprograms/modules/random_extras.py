# random beyond the basics: sample, choices, getrandbits, getstate/setstate, Random instances.
import random
random.seed(42)
print(random.sample(range(100), 5))
random.seed(12345)
print(random.getrandbits(32), random.getrandbits(70))
random.seed(0)
print(random.choices("abc", k=6))
state = random.getstate()
a = [random.random() for _ in range(2)]
random.setstate(state)
b = [random.random() for _ in range(2)]
print(a == b)
r = random.Random(7)
print(r.random(), r.randint(0, 9))
