# random with a fixed seed reproduces CPython's Mersenne Twister sequence exactly.
import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(5)])
print([random.randrange(10) for _ in range(5)], random.randrange(0, 100, 5))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
print(random.uniform(1, 2))
random.seed(42)
print(random.random())
