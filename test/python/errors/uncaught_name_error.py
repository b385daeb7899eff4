# An uncaught NameError inside a function: traceback outermost first, no source lines.
print('before')
def update():
    return scroe + 1
update()
print('never')
