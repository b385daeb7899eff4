# Infinity and NaN behaviour.
inf = float('inf')
nan = float('nan')
print(inf, -inf, nan)
print(inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(1 / inf, -1 / inf)
x = nan
print(x is x, [nan] == [nan])
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0))
print(min(inf, 3), max(-inf, -3))
