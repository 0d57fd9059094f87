# re: the parser's FutureWarnings and DeprecationWarnings, shown at the caller as CPython's
import os
import re
import warnings

def show(f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            print(f())
        except re.error as e:
            print('error:', e)
    for w in caught:
        print(' ', w.category.__name__, w.message, os.path.basename(w.filename), w.lineno)

show(lambda: re.compile('[[a]').pattern)
show(lambda: re.compile('[a--b]'))
show(lambda: re.compile('[a&&b]'))
show(lambda: re.compile('[a~~b]'))
show(lambda: re.compile('[a||b]'))
show(lambda: re.compile('[a-]'))
show(lambda: re.compile('[a--]'))
show(lambda: re.match(b'(?P<\xe9>a)', b'a'))
show(lambda: re.search('[[b]', 'b'))
show(lambda: re.findall('[a&&]', 'a&'))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        re.compile('[[c]')
    except FutureWarning as e:
        print('FutureWarning', e)
