# a SyntaxError on purpose
def g(a=1, b):
    pass
