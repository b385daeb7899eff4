# Opening a missing file raises OSError with errno 2.
try:
    open('no_such_file_here.txt')
except OSError as e:
    print(isinstance(e, OSError), e.errno)
try:
    with open('no_such_dir/x.txt', 'w') as f:
        pass
except OSError as e:
    print(e.errno)
