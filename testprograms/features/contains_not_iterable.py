# "in" on an object that cannot be iterated names the argument
for container in [None, 5, 1.5]:
    try:
        1 in container
    except TypeError as e:
        print("TypeError:", e)
