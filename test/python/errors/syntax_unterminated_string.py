# An unterminated string literal.
print('start')
message = 'never closed
print(message)
