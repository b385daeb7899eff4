# \N{name} escapes in string literals.
print('\N{LATIN SMALL LETTER E WITH ACUTE}', len('\N{LATIN SMALL LETTER E WITH ACUTE}'))
print('\N{EURO SIGN}' == '\u20ac', '\N{SPACE}' == ' ')
print(r'\N{SPACE}')
