# Prints each time its body runs (it should run once per program).
print('counter body runs')
state = []
