# Helper module for the modules/ tests (imported, never run on its own).
print("mod_shapes is being imported, __name__ =", __name__)
PI = 3.14159
_private = "underscore"
counter = 0
def area(r):
    return PI * r * r
def bump():
    global counter
    counter += 1
    return counter
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side * self.side
if __name__ == "__main__":
    print("never printed when imported")
