# Frames of lambdas and comprehensions are named <lambda> and <listcomp>.
invert = lambda x: 1 / x
print([invert(v) for v in (1, 2)])
print([invert(v) for v in (4, 0)])
