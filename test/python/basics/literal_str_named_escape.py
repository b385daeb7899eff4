# \N{name} escapes in string literals.
print('\N{LATIN SMALL LETTER E WITH ACUTE}', len('\N{LATIN SMALL LETTER E WITH ACUTE}'))
print('\N{EURO SIGN}' == '\u20ac', '\N{SPACE}' == ' ', '\N{DIGIT ONE}' == '1')
print(r'\N{SPACE}', len(r'\N{SPACE}'))
print(f'\N{GREEK SMALL LETTER ALPHA}{1 + 1}', 'x\N{HYPHEN-MINUS}y')
print(ord('\N{SNOWMAN}'), '\N{LATIN CAPITAL LETTER A}\N{LATIN SMALL LETTER B}')
print('\N{latin small letter a}' == 'a')
