# A module with __all__, for `from ... import *`.
__all__ = ['public', 'also_public']
public = 'public'
also_public = 'also public'
not_listed = 'not listed'
_private = 'private'
