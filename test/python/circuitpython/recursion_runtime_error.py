# cpydiff: deep recursion raises RuntimeError, and the program can go on (reference/console-and-errors.md)
def dive(n):
    return dive(n + 1)
for attempt in range(2):
    try:
        dive(0)
    except RuntimeError as e:
        print(attempt, type(e).__name__, e)
print('recovered')
