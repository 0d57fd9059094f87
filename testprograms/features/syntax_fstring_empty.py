# a SyntaxError on purpose
print(f"{}")
