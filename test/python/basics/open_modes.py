# open() modes w, a, r, wb and rb.
with open('open_modes.tmp', 'w') as f:
    f.write('first\n')
with open('open_modes.tmp', 'a') as f:
    f.write('appended\n')
with open('open_modes.tmp') as f:
    print(f.read().splitlines())
with open('open_modes.tmp', 'w') as f:
    f.write('overwritten')
with open('open_modes.tmp', 'r') as f:
    print(f.read())
with open('open_modes_bin.tmp', 'wb') as f:
    print(f.write(b'\x00\x01\xffbin'))
with open('open_modes_bin.tmp', 'rb') as f:
    data = f.read()
print(data, type(data).__name__, len(data))
with open('open_modes_bin.tmp', 'rb') as f:
    print(f.read(2), f.read())
with open('open_modes.tmp', 'rb') as f:
    print(f.read())
