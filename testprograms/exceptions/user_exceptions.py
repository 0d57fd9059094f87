# User-defined exception hierarchies, extra attributes, custom __str__, catching by base.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return "%s: %s" % (self.field, self.problem)
class DatabaseError(AppError):
    pass
def check(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be an int")
    if age < 0:
        raise ValidationError("age", "must be >= 0")
    if age > 150:
        raise DatabaseError("no such person")
    return age
for v in (30, -1, "x", 200):
    try:
        print("ok", check(v))
    except ValidationError as e:
        print("invalid", e, e.args, e.field)
    except AppError as e:
        print("app error", type(e).__name__, e)
print(issubclass(ValidationError, Exception), issubclass(ValidationError, BaseException))
print([c.__name__ for c in ValidationError.__mro__])
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), repr(WithDefault("x")))
try:
    raise WithDefault
except WithDefault as e:
    print("raised class gets instantiated:", e)
