# Format specs for str: fill, align, width and precision (truncation).
s = 'text'
print(format(s, '10') + '|', format(s, '>10'), format(s, '^10') + '|', format(s, '<10') + '|')
print(format(s, '*^11'), format(s, '-<8'), format(s, '.2'), format(s, '>8.3'))
print(format(s, ''), format(s, 's'), format('', '3') + '|')
print('{:~^5}'.format('é'))
print('{:>3}'.format('toolong'))
