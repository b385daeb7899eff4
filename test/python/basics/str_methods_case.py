# Case methods of str.
s = 'Hello World  mixedCASE'
print(s.upper())
print(s.lower())
print(s.swapcase())
print(s.title())
print('hello world'.capitalize(), 'HELLO'.capitalize())
print('ABC'.isupper(), 'abc'.islower(), 'Abc'.isupper(), 'Title Case'.istitle())
print('ß'.upper(), 'ǅ'.lower())
print('123'.isdigit(), 'abc'.isalpha(), 'ab1'.isalnum(), ' \t\n'.isspace(), ''.isalpha())
print('12'.isdecimal(), '12'.isnumeric(), 'a_1'.isidentifier(), '1a'.isidentifier())
print('hello'.casefold())
