try:
    x
except E:
x
