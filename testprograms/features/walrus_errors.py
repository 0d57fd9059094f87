# the scope rules of assignment expressions in comprehensions are checked at compile time:
# each case is a module beside this one whose import fails with the SyntaxError
try:
    import mod_walrus_rebind
except SyntaxError as e:
    print("SyntaxError:", str(e).split(" (")[0])
try:
    import mod_walrus_iterable
except SyntaxError as e:
    print("SyntaxError:", str(e).split(" (")[0])
try:
    import mod_walrus_class
except SyntaxError as e:
    print("SyntaxError:", str(e).split(" (")[0])
