x = 1
while x:

x = 2
