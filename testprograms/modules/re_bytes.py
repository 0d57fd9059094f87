# re: bytes patterns on bytes
import re

p = re.compile(rb'(\w+)=(\d+)')
print(p, p.flags, p.findall(b'a=1 bb=22 c=x'), p.sub(rb'\2:\1', b'a=1 bb=22'))
m = p.search(b'xx k=7')
print(m, m.group(1), m.groups(), m.span(2), m.expand(rb'[\1]'))
print(re.split(rb'[,;]', b'a,b;c'), re.escape(b'a+b'), re.findall(rb'\s', b'a b\tc'))
print(re.findall(rb'(?i)[a-z]+', b'Hello WORLD \xe9\xc9'), re.findall(rb'\w+', b'caf\xe9'))
print(re.match(rb'\xff+', b'\xff\xff'), re.fullmatch(b'.', b'\n'), re.match(b'(?s).', b'\n'))
print(re.sub(b'a', b'\\n', b'bab'), re.subn(b'x*', b'-', b'ab'))
print(re.compile(b'a', re.A), re.compile(b'a', re.I))
