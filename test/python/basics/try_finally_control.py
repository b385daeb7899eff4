# return, break and continue interacting with finally.
def ret_in_try():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(ret_in_try())
def ret_in_finally():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_in_finally())
def swallow():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
    finally:
        print('finally', i)
def brk():
    for i in range(5):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'loop ended'
print(brk())
def nested():
    try:
        try:
            return 1
        finally:
            print('inner')
    finally:
        print('outer')
print(nested())
