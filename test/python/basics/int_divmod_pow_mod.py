# divmod() and three-argument pow().
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(2 ** 70, 7))
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13))
print(pow(-2, 3, 5), pow(2, 3, -5))
print(pow(7, -1, 13))
print(pow(12345678901234567890, 98765, 1000000007))
print(pow(2, 0, 1))
