# __future__: the feature names; "from __future__ import x" itself is handled by the compiler.
nested_scopes = True
generators = True
division = True
absolute_import = True
with_statement = True
print_function = True
unicode_literals = True
generator_stop = True
annotations = True
