# ends with an uncaught exception on purpose: error raised in a method, a property and a class body
class C:
    @property
    def p(self):
        return self.missing
    def m(self):
        return self.p
print("before")
C().m()
