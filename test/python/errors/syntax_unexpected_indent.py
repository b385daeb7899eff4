# An indentation error is reported like a syntax error.
x = 1
    y = 2
print(x)
