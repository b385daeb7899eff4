# String comparison is by code point.
words = ['éclair', 'apple', 'Zebra', 'zebra', 'Éa', 'b']
print(sorted(words))
print('a' < 'é', 'Z' < 'a', 'é' < 'ê', chr(0x1F600) > 'z')
print(min(words), max(words), sorted('Hello World'))
print('abc' < 'abcd', 'abd' > 'abcd', '' < 'a')
