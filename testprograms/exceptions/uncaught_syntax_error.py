# A program with a syntax error runs nothing: SyntaxError on stderr, exit status 1.
print("never printed")
x = = 1
