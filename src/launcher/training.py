# The launcher's training run: on a JDK 25 or newer, ./pyvm runs this once after building
# the jar to record the JVM's AOT cache that later runs start from. It touches what everyday
# programs touch, so that the classes they load and the methods they run hot are in it.
import sys, gc, math, time, random
import collections, itertools, functools, operator, enum, abc, io, os, json
import contextlib, dataclasses, traceback, typing, warnings


class Account:
    count = 0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self.balance

    @property
    def label(self):
        return f"{self.owner}: {self.balance:.2f}"

    def __repr__(self):
        return "Account(%r, %s)" % (self.owner, self.balance)


class Savings(Account):
    def deposit(self, amount):
        return super().deposit(amount * 1.01)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def squares(n):
    for i in range(n):
        yield i * i


def counter():
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total
    return add


def work(rounds):
    accounts = [Savings(name) if i % 2 else Account(name) for i, name in enumerate("abcdefgh" * 4)]
    words = {}
    for r in range(rounds):
        for a in accounts:
            a.deposit(r + 1)
        for w in ("the quick brown fox jumps over the lazy dog " * 3).split():
            words[w] = words.get(w, 0) + 1
        try:
            accounts[0].deposit(-1)
        except ValueError as e:
            str(e)
        try:
            {}["missing"]
        except KeyError:
            pass
    add = counter()
    for v in squares(200):
        add(v)
    cyc = []
    for i in range(300):
        node = {"i": i, "next": None}
        node["next"] = node
        cyc.append([node, (i, str(i), float(i))])
    del cyc
    gc.collect()
    text = ", ".join(sorted(a.label for a in accounts[:4]))
    nums = sorted(random.random() for _ in range(100))
    return (fib(18), len(words), text.upper().replace("A", "a"), round(math.sqrt(sum(nums)), 3),
            max(words.items(), key=lambda kv: kv[1]), repr(accounts[1]), {1, 2, 3} | {4}, time.time() > 0)


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


@dataclasses.dataclass(order=True)
class Item:
    name: str
    qty: typing.Optional[int] = 0
    tags: typing.List[str] = dataclasses.field(default_factory=list)


def modules():
    """The standard modules everyday programs import, used a little."""
    items = sorted([Item("b", 2), Item("a", 1, ["x"])])
    with contextlib.suppress(KeyError), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.warn("training")
        {}["missing"]
    try:
        1 / 0
    except ZeroDivisionError:
        report = traceback.format_exc()
    Point = collections.namedtuple("Point", "x y")
    counts = collections.Counter("the quick brown fox".split() * 3)
    queue = collections.deque(range(20), maxlen=10)
    groups = collections.defaultdict(list)
    for k, g in itertools.groupby(sorted("mississippi")):
        groups[k].append(len(list(g)))
    total = functools.reduce(operator.add, itertools.chain(range(10), queue))
    cached = functools.lru_cache(maxsize=None)(fib)
    buf = io.StringIO()
    print(Point(1, 2), counts.most_common(1), list(Color), Square().area(), file=buf)
    doc = json.loads(json.dumps({"counts": dict(counts), "queue": list(queue), "x": [1.5, None, True]}))
    json.dump(doc, buf, indent=2, sort_keys=True)
    return (total, cached(15), buf.getvalue(), items, len(report), dataclasses.asdict(items[0]), os.path.join("a", "b"), dict(groups),
            isinstance({}, collections.abc.Mapping), sorted(itertools.permutations("abc", 2))[:2])


for rounds in (50, 200):
    result = work(rounds)
    extra = modules()
print(result[0], result[1], len(sys.argv), extra[0])
