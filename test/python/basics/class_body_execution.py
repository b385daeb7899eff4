# A class body runs once, top to bottom, as the class statement executes.
print('before class')
class Config:
    print('class body starts')
    items = []
    for i in range(3):
        items.append(i * i)
    total = sum(items)
    if total > 3:
        level = 'high'
    else:
        level = 'low'
    del i
    square = lambda x: x * x
    print('class body ends')
print('after class', Config.items, Config.total, Config.level, hasattr(Config, 'i'))
print(Config.square(4))
