# re: the module's functions, Pattern and Match objects
import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[0], m[2])
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2), m.lastindex, m.lastgroup)
print(m.re, m.string, m.pos, m.endpos, m.regs)
print(bool(m), type(m).__name__, type(m.re).__name__)

m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'Malcolm Reynolds')
print(m.groupdict(), m['first'], m.group('last'), m.span('last'), m.lastgroup)
print(m.expand(r'\g<last>, \g<first> (\2/\1) \g<0>'))

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.start(2), m.lastindex)
m = re.match(r'(?P<x>a)(?P<y>b)?', 'a')
print(m.groupdict(), m.groupdict(0))
for bad in (3, -1, 'z', 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)

print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.fullmatch('a|ab', 'ab'))
print(re.search('b', 'abc'), re.match('b', 'abc'))
print(re.findall(r'\d+', 'a1 b22 c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(\w)=', 'a= b= c'))
print([m.span() for m in re.finditer(r'\w+', 'one two  three')])
print(re.findall('', 'abc'), re.findall('a*', 'baaac'))
print(re.sub(r'\s+', ' ', 'a   b \t\n c'), re.sub('a', 'x', 'banana', count=2))
print(re.subn(r'(\d)', r'<\1>', 'a1b2c3'), re.subn('z', 'y', 'abc'))
print(re.sub(r'(?P<w>\w+)', r'[\g<w>|\g<1>]', 'hi there'))
print(re.sub(r'\d', lambda m: str(int(m.group()) + 1), 'a1b9'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '.', 'ab'), re.sub(r'\b', '|', 'ab cd'))
print(re.sub('a', r'\n\t\\', 'a'), repr(re.sub('a', '\\0', 'a')), re.sub('(a)', r'\g<1>0', 'a'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)?', '...words, words...'), re.split(r'\b', 'a b'), re.split('x', 'axbxc', maxsplit=-1))
print(re.escape('http://www.python.org'), re.escape('a-b[c]'), re.escape(b'a.b'))
print(re.compile('a+'), re.compile(r'\d', re.I | re.M), re.compile('x', re.A), re.compile(b'x'))
print(repr(re.compile('a' * 250))[-10:])
p = re.compile(r'(?P<k>\w+)=(?P<v>\d+)', re.I)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(p.search('x k=1 y=2'), p.findall('x k=1 y=2'), p.sub(r'\g<v>:\g<k>', 'x k=1 y=2'))
print(p.match('  a=1', 2), p.match('  a=1', 2, 4), p.search('a=1 b=2', 1), p.fullmatch('a=12', 0, 3))
print(p.match('a=1', 5), p.search('a=1', -3), p.findall('a=1 b=2', 1, 6), p.split('a=1,b=2'))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') is re.compile('a'))
print(re.I, re.M | re.S, re.IGNORECASE == 2, int(re.X), re.A.value, re.NOFLAG, re.U | re.I)
re.purge()
print(re.match('(a)', 'a') is not None, re.search(re.compile('b'), 'abc'))
print(list(re.finditer('a', '')), re.match('', ''), re.search('$', 'ab'))
s = re.compile(r'\d').scanner('a1b2')
print(s.search(), s.search(), s.search())
import re
for p, s in [('x*', 'axxb'), (r'\b', 'ab cd'), ('', 'abc'), ('a|', 'aab'), (r'\d+', 'a1b22')]:
    sc = re.compile(p).scanner(s)
    print(p, [m.span() for m in iter(sc.search, None)])
    sc = re.compile(p).scanner(s)
    print(p, [m.span() for m in iter(sc.match, None)])
for f in (lambda: re.Pattern('a', 0), lambda: re.Match()):
    try:
        f()
    except TypeError as e:
        print(e)
