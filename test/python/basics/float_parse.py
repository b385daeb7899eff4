# float() from strings and ints.
print(float('3.5'), float('  -2.25  '), float('+1e3'), float('1E-2'))
print(float('.5'), float('5.'), float('1_0.5'))
print(float('inf'), float('-inf'), float('Infinity'), float('-INF'))
print(float('nan'))
print(float(7), float(-0), float(2 ** 60))
print(float(), float(True))
print(float('1e400'), float('-1e400'), float('1e-400'))
