# from __future__ import annotations makes annotations lazy strings, so undefined names are fine.
from __future__ import annotations
def f(x: NotDefinedAnywhere) -> AlsoUndefined:
    return x * 2
print(f(21))
class Node:
    def link(self, other: Node) -> Node:
        return other
n = Node()
print(n.link(n) is n)
value: SomeType = 'ok'
print(value)
