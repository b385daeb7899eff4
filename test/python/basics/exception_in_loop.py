# Handling exceptions inside loops with continue and break.
results = []
for v in ['1', 'x', '3', None, '5']:
    try:
        n = int(v)
    except ValueError:
        results.append('bad')
        continue
    except TypeError:
        results.append('none')
        break
    else:
        results.append(n)
    finally:
        results.append('|')
print(results)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration
    except StopIteration:
        break
print(count)
