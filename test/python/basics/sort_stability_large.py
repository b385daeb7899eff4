# sort is stable over many equal keys.
records = [(i % 7, i) for i in range(700)]
records.sort(key=lambda r: r[0])
ok = all(records[k][1] < records[k + 1][1] for k in range(len(records) - 1) if records[k][0] == records[k + 1][0])
print(ok, records[:3], records[-3:])
words = ['%s%d' % (c, n) for n in range(20) for c in 'cab']
by_letter = sorted(words, key=lambda w: w[0])
print(by_letter[:4], by_letter[20:23])
rev = sorted(words, key=lambda w: w[0], reverse=True)
print(rev[:3], rev[-3:])
nums = [5, 3, 5, 1, 3, 5]
idx = sorted(range(len(nums)), key=nums.__getitem__)
print(idx)
