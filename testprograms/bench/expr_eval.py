# Benchmark: a small tokenizer, recursive-descent parser and tree-walking evaluator
# for integer expressions (strings, character tests, classes, recursion, dicts).
import sys
import time


class Rng:
    """A linear congruential generator, so that the expressions are the same everywhere."""

    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


VARS = ["x", "y", "zeta", "count", "k2"]
FUNCS = ["max", "min", "abs"]


def gen_expr(rng, depth):
    r = rng.next(10)
    if depth == 0 or r < 2:
        if rng.next(2) == 0:
            return str(rng.next(1000))
        return VARS[rng.next(len(VARS))]
    if r < 3:
        return "-" + gen_expr(rng, depth - 1)
    if r < 4:
        return "(" + gen_expr(rng, depth - 1) + ")"
    if r < 5:
        f = FUNCS[rng.next(len(FUNCS))]
        if f == "abs":
            return "abs(" + gen_expr(rng, depth - 1) + ")"
        return f + "(" + gen_expr(rng, depth - 1) + ", " + gen_expr(rng, depth - 1) + ")"
    op = "+-*%<"[rng.next(5)]
    if op == "%":
        return gen_expr(rng, depth - 1) + " % " + str(rng.next(97) + 3)
    return gen_expr(rng, depth - 1) + " " + op + " " + gen_expr(rng, depth - 1)


class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c == " ":
            i += 1
        elif c.isdigit():
            j = i
            while j < n and src[j].isdigit():
                j += 1
            tokens.append(Token("num", src[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j]))
            i = j
        elif c in "+-*%<(),":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise SyntaxError("bad character %r" % c)
    tokens.append(Token("end", ""))
    return tokens


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value

    def show(self):
        return str(self.value)


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]

    def show(self):
        return self.name


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)

    def show(self):
        return "(-" + self.operand.show() + ")"


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        op = self.op
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return (a * b) % 1000003
        if op == "%":
            return a % b
        return 1 if a < b else 0

    def show(self):
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"


class Call:
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def eval(self, env):
        values = [a.eval(env) for a in self.args]
        if self.name == "max":
            return max(values)
        if self.name == "min":
            return min(values)
        return abs(values[0])

    def show(self):
        return self.name + "(" + ", ".join(a.show() for a in self.args) + ")"


class Parser:
    # precedence climbing: '<' binds loosest, then + -, then * %
    LEVELS = {"<": 1, "+": 2, "-": 2, "*": 3, "%": 3}

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t

    def expect(self, text):
        t = self.advance()
        if t.text != text:
            raise SyntaxError("expected %r, got %r" % (text, t.text))

    def parse(self):
        e = self.expression(1)
        if self.peek().kind != "end":
            raise SyntaxError("trailing input")
        return e

    def expression(self, min_level):
        left = self.unary()
        while True:
            t = self.peek()
            level = self.LEVELS.get(t.text, 0) if t.kind == "op" else 0
            if level < min_level:
                return left
            self.advance()
            right = self.expression(level + 1)
            left = BinOp(t.text, left, right)

    def unary(self):
        t = self.peek()
        if t.kind == "op" and t.text == "-":
            self.advance()
            return Neg(self.unary())
        return self.primary()

    def primary(self):
        t = self.advance()
        if t.kind == "num":
            return Num(int(t.text))
        if t.kind == "name":
            if self.peek().text == "(":
                self.advance()
                args = [self.expression(1)]
                while self.peek().text == ",":
                    self.advance()
                    args.append(self.expression(1))
                self.expect(")")
                return Call(t.text, args)
            return Var(t.text)
        if t.text == "(":
            e = self.expression(1)
            self.expect(")")
            return e
        raise SyntaxError("unexpected %r" % t.text)


def run(count):
    rng = Rng(2024)
    envs = []
    for i in range(4):
        envs.append({name: (i * 37 + j * 11) % 50 - 10 for j, name in enumerate(VARS)})
    total = 0
    chars = 0
    same = 0
    for _ in range(count):
        src = gen_expr(rng, 6)
        tree = Parser(tokenize(src)).parse()
        shown = tree.show()
        again = Parser(tokenize(shown)).parse()
        if again.show() == shown:
            same += 1
        chars += len(src)
        for env in envs:
            total = (total * 31 + tree.eval(env)) % 1000000007
    return count, chars, same, total


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(1800)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(6)
