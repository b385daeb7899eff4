# try with except, else and finally in every combination.
def attempt(fail):
    log = []
    try:
        log.append('try')
        if fail:
            raise ValueError('x')
    except ValueError:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    return log
print(attempt(False))
print(attempt(True))
try:
    print('only finally')
finally:
    print('finally ran')
try:
    try:
        raise KeyError('inner')
    finally:
        print('inner finally')
except KeyError:
    print('outer caught')
try:
    pass
except Exception:
    print('no')
else:
    print('else without error')
