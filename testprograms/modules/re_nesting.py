# re: patterns nested deeper than CPython's parser can go raise RecursionError; the rest compile and match
import re
for n in (200, 495, 496, 1000, 100000):
    for p in ('(' * n + 'a' + ')' * n, '(?:' * n + 'a' + ')' * n, '(?=' * n + 'a' + ')' * n, '(' * n):
        try:
            c = re.compile(p)
            print(n, 'ok', c.groups, c.match('a'))
        except RecursionError as e:
            print(n, 'RecursionError', e)
        except re.error as e:
            print(n, 'error', e)
