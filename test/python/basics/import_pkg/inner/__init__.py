# A nested package.
INNER = 'inner package'
