# An uncaught KeyError shows the key's repr.
scores = {'ann': 3}
print(scores['ann'])
print(scores['bob'])
