# json.dump and json.load through io.StringIO.
import io
import json
data = {'name': 'level1', 'scores': [10, 20], 'done': False}
buf = io.StringIO()
json.dump(data, buf)
text = buf.getvalue()
print(text)
back = json.load(io.StringIO(text))
print(back == data, back)
print(json.loads(json.dumps([1, [2, [3]]])))
