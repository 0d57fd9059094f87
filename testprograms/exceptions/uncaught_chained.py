# An uncaught exception raised while handling another prints both (implicit chaining).
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("could not parse " + repr(s))
print(parse("12"))
print(parse("twelve"))
