# a SyntaxError on purpose
def f():
    x = 1
    global x
