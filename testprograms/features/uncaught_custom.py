# ends with an uncaught exception on purpose: a user exception with a custom __str__
class AppError(Exception):
    def __init__(self, code):
        self.code = code
    def __str__(self):
        return "app failed with code %d" % self.code
def run(n):
    if n == 0:
        raise AppError(42)
    run(n - 1)
run(3)
