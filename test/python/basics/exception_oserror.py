# OSError carries errno and strerror.
e = OSError(2, 'No such file')
print(e.errno, e.strerror, e.args)
e1 = OSError('just text')
print(e1.errno, e1.args)
try:
    raise OSError(13, 'denied')
except OSError as err:
    print(err.errno, err.args[0])
try:
    open('definitely_missing_file.txt')
except OSError as err:
    print(type(err).__name__ in ('OSError', 'FileNotFoundError'), err.errno)
