# Classes, dicts and sorting combined: an inventory report.
class Item:
    def __init__(self, name, kind, price, qty=1):
        self.name, self.kind, self.price, self.qty = name, kind, price, qty
    @property
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return '%s x%d' % (self.name, self.qty)
items = [Item('sword', 'weapon', 150, 1), Item('potion', 'consumable', 25, 4),
         Item('shield', 'armor', 120), Item('arrow', 'weapon', 2, 30), Item('elixir', 'consumable', 80, 2)]
by_kind = {}
for it in items:
    by_kind.setdefault(it.kind, []).append(it)
for kind in sorted(by_kind):
    group = sorted(by_kind[kind], key=lambda i: (-i.total, i.name))
    print('%-10s %4d %s' % (kind, sum(i.total for i in group), group))
print(max(items, key=lambda i: i.price).name, min(i.total for i in items))
print('{:>8}|{:<8}|{:^8}|'.format('right', 'left', 'mid'))
print(', '.join(f'{i.name}={i.total:,}' for i in items if i.total >= 100))
