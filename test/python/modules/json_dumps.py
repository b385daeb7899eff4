# json.dumps of every JSON type, in insertion order.
import json
print(json.dumps(1), json.dumps(1.5), json.dumps('s'), json.dumps(True), json.dumps(False), json.dumps(None))
print(json.dumps([1, 'a', None]), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps({'b': 1, 'a': [1, 2], 'c': {'d': None}}))
print(json.dumps('quote " and \\ and \n'))
print(json.dumps({'n': -3, 'f': 0.25, 'big': 2 ** 40}))
print(type(json.dumps(1)).__name__)
