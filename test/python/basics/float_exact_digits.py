# Fixed and exponent formats print the exact binary value to the requested precision.
print(format(0.1, '.20f'), format(0.1, '.25f'))
print(format(2 ** 0.5, '.30f'))
print('%.17g' % 0.1, '%.17g' % (1 / 3), '%.16e' % (2 / 3))
print(format(1e22, 'f'), format(1e23, 'f'))
print(format(5e-324, '.3e'), format(1.7976931348623157e308, '.5e'))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(0.125, '.2f'), format(0.375, '.2f'))
print(format(123.456, '.1e'), format(9.9999, '.2f'), format(9.995, '.2f'), format(-0.0001, '.2f'))
print(format(2 ** 100, 'e'), format(10 ** 25, '.3e'), format(2 ** 100, ',.0f'))
