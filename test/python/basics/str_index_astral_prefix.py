# Small non-negative indices read only the units up to the index: an astral character (two UTF-16
# units) before, at or after the index must still count as one character.
for s in ['abc😀def', '😀xyz', 'xyz😀', '😀😀😀', 'plain', 'a' * 60 + '😀' + 'b', '😀' * 30]:
    print(len(s), [s[i] for i in range(min(len(s), 50))], s[-1], s[len(s) - 1])
    try:
        s[len(s)]
    except IndexError as e:
        print(e)
