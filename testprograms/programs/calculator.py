# A tokenizer and recursive-descent calculator with variables and error reporting.
class Token:
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self):
        return "%s:%s" % (self.kind, self.text)
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("num", src[i:j])); i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j])); i = j
        elif c in "+-*/%^()=":
            tokens.append(Token("op", c)); i += 1
        else:
            raise SyntaxError("unexpected character %r at %d" % (c, i))
    tokens.append(Token("end", ""))
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.toks, self.pos, self.env = tokens, 0, env
    def peek(self):
        return self.toks[self.pos]
    def take(self, text=None):
        t = self.toks[self.pos]
        if text is not None and t.text != text:
            raise SyntaxError("expected %r, got %r" % (text, t.text))
        self.pos += 1
        return t
    def statement(self):
        if self.peek().kind == "name" and self.toks[self.pos + 1].text == "=":
            name = self.take().text
            self.take("=")
            self.env[name] = self.expr()
            return self.env[name]
        return self.expr()
    def expr(self):
        v = self.term()
        while self.peek().text in ("+", "-"):
            v = v + self.term() if self.take().text == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        base = self.unary()
        if self.peek().text == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek().text == "-":
            self.take()
            return -self.unary()
        t = self.take()
        if t.kind == "num":
            return float(t.text) if "." in t.text else int(t.text)
        if t.kind == "name":
            if t.text not in self.env:
                raise NameError("undefined variable " + t.text)
            return self.env[t.text]
        if t.text == "(":
            v = self.expr()
            self.take(")")
            return v
        raise SyntaxError("unexpected token %r" % t.text)
env = {}
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x = 10 / 4", "y = x * 2 - 1",
             "y % 3", "big = 2 ^ 100", "big / 3", "1 + ", "foo + 1", "3 $ 4", "7 / (2 - 2)", "((1)"]:
    try:
        print("%-14s => %r" % (line, Parser(tokenize(line), env).statement()))
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print("%-14s => %s: %s" % (line, type(e).__name__, e))
print(tokenize("a1 = (b + 2.5)"))
print(sorted(env.items()))
