# int.bit_count counts the one bits of the absolute value.
print((0).bit_count(), (255).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
