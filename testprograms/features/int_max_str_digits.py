import sys
try:
    s = str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10 ** 4299)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), int("7" * 5500) % 1000, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(7 ** 10000)), sys.get_int_max_str_digits())
for bad in [5, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
sys.set_int_max_str_digits(maxdigits=4300)
print(hex(10 ** 5000)[:10], sys.get_int_max_str_digits())
