# A plain submodule.
print('import_pkg.sub runs')
NAME = 'sub'
def f():
    return 'sub.f'
