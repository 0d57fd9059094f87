import math
# math.erf and math.erfc (the error function)
print(math.erf(0), math.erf(1), math.erf(-0.5), math.erfc(0), math.erfc(2), math.erf(10), math.erfc(-10))
print(math.erf(float("inf")), math.erfc(float("inf")), math.isnan(math.erf(float("nan"))))
