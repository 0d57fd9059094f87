# ends with an uncaught exception on purpose: chained tracebacks
def inner():
    return {}["missing"]
def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError("converted") from e
def handler():
    try:
        outer()
    except ValueError:
        x = 1 / 0
print("start")
handler()
