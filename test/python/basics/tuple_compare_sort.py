# Tuples compare element by element, which makes them good sort keys.
pts = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0, 'q')]
print(sorted(pts), sorted(pts, reverse=True))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,))
print(max(pts), min(pts), (1, 'a') == (1, 'a'), (1, 2) != (2, 1))
scores = {'ann': 30, 'bob': 45, 'cat': 30}
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
