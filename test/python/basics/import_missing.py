# Importing a missing module or name raises ImportError.
try:
    import no_such_module_anywhere
except ImportError:
    print('ImportError for a module')
try:
    from import_pkg import no_such_name
except ImportError:
    print('ImportError for a name')
try:
    import import_pkg.no_such_sub
except ImportError:
    print('ImportError for a submodule')
print('continues')
