# Format specs for float: precision and every presentation type.
x = 1234.5678
print(format(x, ''), format(x, 'f'), format(x, '.2f'), format(x, '.0f'))
print(format(x, 'e'), format(x, '.2E'), format(x, 'g'), format(x, '.3g'), format(x, 'G'))
print(format(0.000012345, 'g'), format(1e20, 'g'), format(123456789.0, 'g'))
print(format(0.5, '%'), format(0.1234, '.1%'))
print(format(x, ',.2f'), format(x, '_.1f'), format(x, '12.3f') + '|', format(x, '<12.1f') + '|')
print(format(-x, '+.1f'), format(x, '+.1f'), format(x, ' .1f'), format(-1.5, '=+10.2f'))
print(format(1.0, ''), format(1.0, 'g'), format(100.0, '.3'), format(1.5, '.0f'), format(2.5, '.0f'))
print(format(float('inf'), 'f'), format(float('nan'), '.2f'), format(-float('inf'), 'e'))
print(format(3.0, '#g'), format(0.0, 'e'), format(1e-10, 'f'))
