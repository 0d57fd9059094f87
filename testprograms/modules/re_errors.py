# re: bad patterns give re.error with CPython's messages and positions; bad arguments TypeError
import re

bad = ['(', 'a)', '*', '+a', 'a**', 'a*?+?', '[a', '[a-', r'\q', r'[\q]', '(?P<1>a)', 'a{3,2}', '(?<=a+)b',
       '(?<=a|bc)', r'(a)\2', '(?z)', '(?', '(?P', '(?Px)', '(?P<a>a)(?P<a>b)', '(?P=a)', '(?P=)', '(?P<>a)',
       '(?P<a', '[b-a]', r'[\w-z]', r'[a-\d]', '(?#abc', '(?<x)', '(?(1)a|b|c)', '(?(x)a)', '(?(0)a)',
       '(?(-1)a)', r'\x1', r'\u12', r'\U0011ffff', r'\N{NOPE}', r'\N', r'\400', '\\', 'a\\', 'x{2}{3}',
       '^*', r'\b+', '(?i', '(?i-', '(?-i)', '(?i-i:a)', '(?a-a:x)', '(?au)', 'a(?i)b', '((a)',
       r'(a)(?<=\1)', r'(?<=(a)\1)', r'(a)|\1', '(?L)a', '(?t:a)', '[]', '[^]', 'a{99999999999}',
       '(?P<a-b>x)', r'\8', '(a)(?P=1)', 'ab\ncd)', '(?-:a)', '(?i:', '(?<', '(?<a', '(?P>a)',
       '(?(1a)b)', r'(?(1)a|b)\1', '(a)(b)(?(3)x)']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiles')
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(p), type(e).__name__, e)

for p, f in [('a', re.L), (b'a', re.U), ('a', re.A | re.U), (b'(?u)a', 0), (b'a', re.A | re.L)]:
    try:
        print(re.compile(p, f))
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)

for repl in [r'\2', r'\g<3>', r'\g<x>', r'\g<', r'\g<1', r'\g<a-b>', r'\q', '\\', r'\g<-1>', r'\777']:
    try:
        print(re.sub('(a)', repl, 'a'))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)

calls = [
    lambda: re.match('a', 5),
    lambda: re.match('a', b'a'),
    lambda: re.match(b'a', 'a'),
    lambda: re.compile(5),
    lambda: re.compile(re.compile('a'), re.I),
    lambda: re.compile('a').match('a', 'x'),
    lambda: re.sub('a', b'x', 'a'),
    lambda: re.sub('a', lambda m: 5, 'a'),
    lambda: re.sub('a', 'b', 'a', count='x'),
]
for f in calls:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, re.error('plain'), re.error('plain').pos)
try:
    re.compile('ab\n(cd')
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno)
