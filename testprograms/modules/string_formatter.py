# string.Formatter: format/vformat as str.format, parse(), and overriding its steps
import string

f = string.Formatter()
cases = [('{} and {}', (1, 2), {}), ('{1}{0}{1}', ('a', 'b'), {}), ('{x:>5}|{y!r:^7}|', (), {'x': 3, 'y': 'q'}),
         ('{0[1]} {1[k]} {p.real}', ([10, 20], {'k': 'K'}), {'p': 7}), ('{:{w}.{p}f}', (3.14159,), {'w': 8, 'p': 2}),
         ('{{literal}} {0!s:*<6}', ('ab',), {}), ('{!a}', ('é',), {}), ('{0[0]:{0[1]}}', ((5, '03d'),), {}),
         ('{:%}|{:,}|{:#x}', (0.25, 1234567, 255), {}), ('', (), {}), ('no fields', (), {})]
for fmt, args, kwargs in cases:
    mine = f.format(fmt, *args, **kwargs)
    print(repr(fmt), repr(mine), mine == fmt.format(*args, **kwargs), f.vformat(fmt, args, kwargs) == mine)

print(list(f.parse('a{0!r:>{1}}b{{c}}{x.y[z]}d')))
print(list(f.parse('}}{{')), list(f.parse('')), list(f.parse('{:}{!s}')))
for bad in ['{', '}', 'x{0', '{0!', '{0!rr}', '{0[}', '{0{}', '{:{}', '{0.}', '{0[]}', '{0[1]x}', '{4[1]x}',
            '{}{0}', '{0}{}', '{!z}', '{0:{1:{2:{3}}}}', '{2}', '{missing}', '{0.nope}']:
    try:
        print(repr(bad), repr(f.format(bad, 1, 2, 3, 4, 'ab')))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)

class Upper(string.Formatter):
    """Overrides: values looked up case-insensitively, fields upper-cased, unused args reported."""
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs[key.lower()]
        return super().get_value(key, args, kwargs)
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()
    def convert_field(self, value, conversion):
        if conversion == 'l':
            return len(value)
        return super().convert_field(value, conversion)
    def check_unused_args(self, used_args, args, kwargs):
        unused = [k for k in kwargs if k not in used_args] + [i for i in range(len(args)) if i not in used_args]
        print('unused:', sorted(map(str, unused)))
u = Upper()
print(u.format('{NAME} is {0:>6} {name!l}', 'abc', 'spare', name='bob', extra=1))
print(u.get_field('0[1].imag', ([1, 2],), {}))
print(u.format('{0:{1}}', 'x', '>3'))
try:
    u.format('{0!q}', 1)
except ValueError as e:
    print(type(e).__name__, e)
for call in [lambda: f.format(5), lambda: f.get_field(5, (), {}), lambda: list(f.parse(b'{}')),
             lambda: f.format('{0:{1}}', 1, 2.5), lambda: f.vformat('{a}', (), 5)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
