# a SyntaxError on purpose
print("start")
return 5
