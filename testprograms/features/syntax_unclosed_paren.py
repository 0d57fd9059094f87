# a SyntaxError on purpose: the bracket left open is reported, not the line after it
x = (1, 2
print(x)
