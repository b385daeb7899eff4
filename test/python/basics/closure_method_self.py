# Closures created in methods capture self and locals.
class Button:
    def __init__(self, name):
        self.name = name
        self.clicks = 0
    def handler(self, step):
        def on_click():
            self.clicks += step
            return '%s:%d' % (self.name, self.clicks)
        return on_click
a = Button('a')
b = Button('b')
ha = a.handler(1)
hb = b.handler(10)
print(ha(), ha(), hb(), a.clicks, b.clicks)
callbacks = {n: Button(n).handler(i) for i, n in enumerate('xyz', 1)}
print([callbacks[k]() for k in 'zyx'])
