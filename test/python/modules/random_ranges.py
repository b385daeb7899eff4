# random values stay in their ranges (any generator).
import random
random.seed(1)
print(all(0 <= random.random() < 1 for _ in range(200)))
print(all(1 <= random.randint(1, 3) <= 3 for _ in range(200)))
print(all(2.0 <= random.uniform(2, 5) <= 5.0 for _ in range(200)))
print(all(random.randrange(0, 10, 2) in (0, 2, 4, 6, 8) for _ in range(200)))
print(all(random.choice('xyz') in 'xyz' for _ in range(50)))
print(all(0 <= random.getrandbits(5) < 32 for _ in range(100)))
print(type(random.random()).__name__, type(random.randint(0, 1)).__name__)
print(sorted(set(random.randint(0, 1) for _ in range(100))))
random.seed(99)
first = [random.randrange(1000) for _ in range(5)]
random.seed(99)
print(first == [random.randrange(1000) for _ in range(5)])
