# Helper package for the basics/import_*.py programs.
print('import_pkg/__init__ runs')
VALUE = 'package value'
def helper():
    return 'package helper'
