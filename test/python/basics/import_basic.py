# import of a package and of a submodule.
import import_pkg
print(import_pkg.VALUE, import_pkg.helper())
print(import_pkg.__name__, type(import_pkg).__name__)
import import_pkg.sub
print(import_pkg.sub.f(), import_pkg.sub.__name__)
def local_import():
    import import_pkg.sub
    return import_pkg.sub.NAME
print(local_import())
print(__name__)
