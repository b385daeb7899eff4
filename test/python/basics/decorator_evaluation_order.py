# Decorator expressions are evaluated top to bottom and applied bottom to top.
order = []
def deco(name):
    order.append('make ' + name)
    def apply(fn):
        order.append('apply ' + name)
        return fn
    return apply
@deco('outer')
@deco('middle')
@deco('inner')
def target():
    pass
print(order)
order.clear()
def default(v):
    order.append('default ' + str(v))
    return v
@deco('d')
def with_defaults(a=default(1), b=default(2)):
    pass
print(order)
