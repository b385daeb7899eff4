# __len__, __bool__, __index__ and __str__ must return the right types.
class BadLen:
    def __len__(self):
        return 'three'
class NegLen:
    def __len__(self):
        return -1
class BadBool:
    def __bool__(self):
        return 1
class BadStr:
    def __str__(self):
        return 5
for obj, op in ((BadLen(), len), (NegLen(), len), (BadBool(), bool), (BadStr(), str)):
    try:
        op(obj)
        print('accepted', type(obj).__name__)
    except (TypeError, ValueError) as e:
        print(type(obj).__name__, type(e).__name__)
class Good:
    def __len__(self):
        return 3
    def __bool__(self):
        return True
print(len(Good()), bool(Good()))
