# json.loads of objects, arrays, numbers, strings and literals.
import json
v = json.loads('{"a": [1, 2.5, "x", true, false, null], "b": {"c": -1}}')
print(v, type(v['a'][1]).__name__, type(v['a'][0]).__name__)
print(json.loads('  [ ]  '), json.loads('"esc\\n\\t\\"\\u0041"'), json.loads('1e3'), json.loads('-0.5'))
print(json.loads('{"k": "v"}')['k'], json.loads('123456789012345678901234567890'))
try:
    json.loads('{bad json}')
except ValueError:
    print('ValueError')
try:
    json.loads('[1, 2')
except ValueError:
    print('ValueError unterminated')
