# Case mapping beyond ASCII, including length-changing and context-sensitive mappings.
print('straße'.upper(), 'ﬁx'.upper(), 'ǈ'.upper(), 'ǈ'.lower())
print('ΑΣ'.lower(), 'ΣΑΣ'.lower(), 'Σ'.lower())
print(len('İ'.lower()), 'ÀÉÎÕÜ'.lower(), 'àéîõü'.upper(), 'éa'.title(), 'ŉ'.upper())
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ß'.casefold())
print('élan vital'.capitalize(), 'мир'.upper(), 'ΩΜΕΓΑ'.swapcase())
