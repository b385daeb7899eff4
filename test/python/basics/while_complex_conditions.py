# while loops with compound conditions and counters.
a, b = 0, 10
steps = []
while a < b and b - a > 2:
    a += 2
    b -= 1
    steps.append((a, b))
print(steps)
n = 27
count = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    count += 1
print('collatz steps', count)
i = 0
while not (i > 5 or i * i > 10):
    i += 1
print(i)
