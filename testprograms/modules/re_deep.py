# re: long subjects and deep backtracking run on the matcher's own stack, never the Java stack
import re

n = 200000
print(re.match('a*', 'a' * n).end(), re.match('(?:a|b)*', 'ab' * n).end(), re.match('(?:ab|cd)*', 'ab' * n).end())
print(re.match('(a|b)*c', 'ab' * 50000 + 'c').span(), re.match('(?:a+?)*?b', 'a' * 1000 + 'b').span())
print(re.fullmatch('(?:(a)|b)*', 'ab' * 50000).group(1))
print(re.search('x', 'a' * n + 'x').start(), len(re.findall('a', 'ab' * n)), len(re.split(',', ',' * 1000)))
print(re.match(r'(.*)\1', 'abc' * 1000 + 'abc' * 1000).end())
print(re.match('(a*)*b', 'a' * 22), re.match('(?:a|a)*b', 'a' * 18))
print(re.match('(?>a*)*b', 'a' * 1000), re.match('(?:a*+)*b', 'a' * 1000))
print(len(re.sub('a', 'bb', 'a' * n)), re.subn('(?:)', '-', 'abc'))
nested = '(' * 200 + 'a' + ')' * 200
print(re.match(nested, 'a').lastindex, re.compile(nested).groups)
print(re.match('(?:' * 300 + 'a' + ')*' * 300, 'aaa'))
