# A syntax error in an imported module is raised by the import statement.
print('importing')
try:
    import err_pkg.broken
except SyntaxError as e:
    print(type(e).__name__)
print('after')
