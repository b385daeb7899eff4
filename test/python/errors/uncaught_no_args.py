# An exception raised without arguments prints its class name followed by ": ".
print('start')
raise ValueError
