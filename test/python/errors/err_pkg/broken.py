# Deliberately invalid Python, imported by errors/syntax_in_imported_module.py.
def f(:
    pass
