# Helper package for errors/uncaught_in_module.py.
