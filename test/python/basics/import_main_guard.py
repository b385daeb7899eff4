# __name__ is '__main__' in the program and the dotted name in modules.
import import_pkg.sub
if __name__ == '__main__':
    print('running as main')
print(import_pkg.sub.__name__, import_pkg.__name__)
