# finally blocks run before an uncaught exception ends the program.
def risky():
    try:
        print('working')
        raise OSError(5)
    finally:
        print('cleanup')
risky()
