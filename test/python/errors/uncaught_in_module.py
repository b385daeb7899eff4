# A traceback through an imported module names the module's file as the importer found it.
import err_pkg.faulty
print('imported')
err_pkg.faulty.explode(2)
