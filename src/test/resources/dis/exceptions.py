class MyError(Exception):
    pass

def handle(f):
    try:
        f()
    except MyError as e:
        print("mine", e)
    except (KeyError, IndexError):
        print("lookup")
    except Exception:
        raise
    else:
        print("fine")
    finally:
        print("done")

def reraise():
    try:
        return 1 / 0
    except ZeroDivisionError as exc:
        raise ValueError("bad") from exc

def finally_return():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    try:
        return "body"
    finally:
        print("finally")

def bare():
    try:
        pass
    except:
        pass

assert handle, "message"
assert finally_return() == "body"
handle(reraise)
