# getopt and gnu_getopt on random command lines: CPython's results and errors
import getopt
try:
    print('getopt', getopt.getopt(['-cval', '--alpha=2'], 'abc:x', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-cval', '--alpha=2'], 'abc:x', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-c', '--beta=1', '-c'], '+ab', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-c', '--beta=1', '-c'], '+ab', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'abc:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'abc:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-b', '--beta=1', '-b'], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-b', '--beta=1', '-b'], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--', '-cval'], '+ab', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--', '-cval'], '+ab', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--gamma', '--unknown', '-x', '-ab'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--gamma', '--unknown', '-x', '-ab'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha', '--b', '-ab', '--unknown', '-c'], '+ab', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha', '--b', '-ab', '--unknown', '-c'], '+ab', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha', 'file', '--unknown', '--'], '', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha', 'file', '--unknown', '--'], '', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-:', '-', '--b'], 'a:b', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-:', '-', '--b'], 'a:b', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-x', '--beta=1', '-c', '-:', '--gamma', 'x.txt'], 'c:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-x', '--beta=1', '-c', '-:', '--gamma', 'x.txt'], 'c:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-', '--gamma', '--be=3', '-c', '-ab'], '+ab', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-', '--gamma', '--be=3', '-c', '-ab'], '+ab', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--al'], 'abc:', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--al'], 'abc:', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-b', '-c', '--unknown'], '+ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-b', '-c', '--unknown'], '+ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--b', '--be=3'], 'c:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--b', '--be=3'], 'c:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-', '-c', '-c', '--beta', 'file', '-c'], 'ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-', '-c', '-c', '--beta', 'file', '-c'], 'ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-:', '-', '--gamma', '--alpha=2', '--b'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-:', '-', '--gamma', '--alpha=2', '--b'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-x', '--be=3'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-x', '--be=3'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'abc:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'abc:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--beta=1'], 'c:', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--beta=1'], 'c:', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['file', '-c', '-x', '-', '--alpha=2', '--unknown'], 'a:b', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['file', '-c', '-x', '-', '--alpha=2', '--unknown'], 'a:b', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--', '--unknown', '--beta', '--', '--b', '--alpha=2'], 'abc:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--', '--unknown', '--beta', '--', '--b', '--alpha=2'], 'abc:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'abc:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'abc:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--beta=1'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--beta=1'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-:', '-x', '--beta', '--gamma', '-a', '-cval'], 'c:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-:', '-x', '--beta', '--gamma', '-a', '-cval'], 'c:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--be=3', '-:'], 'a:b', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--be=3', '-:'], 'a:b', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['x.txt', '--be=3', '--gam', '-b', '-'], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['x.txt', '--be=3', '--gam', '-b', '-'], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha=2', '--alpha=2', '--alpha=2'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha=2', '--alpha=2', '--alpha=2'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha=2', '-b', '--alpha', '-c', '--alpha'], 'c:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha=2', '-b', '--alpha', '-c', '--alpha'], 'c:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'ab', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'ab', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-cval', '--unknown', '-ab', '--b'], '+ab', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-cval', '--unknown', '-ab', '--b'], '+ab', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], '', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], '', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha=2', '-cval', '--gam', '--beta'], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha=2', '-cval', '--gam', '--beta'], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['file', '-ab'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['file', '-ab'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['file', 'file', '--gamma'], 'ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['file', 'file', '--gamma'], 'ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'abc:x', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'abc:x', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--beta', 'file', '-x', 'x.txt', '-a'], 'abc:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--beta', 'file', '-x', 'x.txt', '-a'], 'abc:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-cval', '--unknown'], 'ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-cval', '--unknown'], 'ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--gam', '-c'], 'abc:x', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--gam', '-c'], 'abc:x', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--b', '-x', '--b', '--beta=1'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--b', '-x', '--b', '--beta=1'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['x.txt', '--al', '--gam', '--beta=1', '--be=3', '--alpha'], '', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['x.txt', '--al', '--gam', '--beta=1', '--be=3', '--alpha'], '', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha=2', '--beta=1', '--alpha', 'x.txt', 'file', '--b'], 'abc:x', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha=2', '--beta=1', '--alpha', 'x.txt', 'file', '--b'], 'abc:x', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], '', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], '', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--beta', '--alpha', '--be=3'], 'a:b', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--beta', '--alpha', '--be=3'], 'a:b', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--b', '--b', '-c', '--beta=1', '-ab', '--beta=1'], 'c:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--b', '--b', '-c', '--beta=1', '-ab', '--beta=1'], 'c:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha', 'file'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha', 'file'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-a', 'file', '--gam', '--b', '--gam', '-c'], '', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-a', 'file', '--gam', '--b', '--gam', '-c'], '', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha', 'file', '-x'], 'c:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha', 'file', '-x'], 'c:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], '', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], '', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha=2', '-c', '-x'], 'abc:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha=2', '-c', '-x'], 'abc:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'abc:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'abc:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--gam', '-cval', '--be=3'], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--gam', '-cval', '--be=3'], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--b', '-cval', '--unknown'], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--b', '-cval', '--unknown'], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'ab', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'ab', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-cval', '--', '--alpha', '--alpha'], 'ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-cval', '--', '--alpha', '--alpha'], 'ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--gamma'], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--gamma'], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-:', '--al', '--beta', '--unknown', '--', '-cval'], 'ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-:', '--al', '--beta', '--unknown', '--', '-cval'], 'ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-:', 'x.txt', '--'], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-:', 'x.txt', '--'], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--unknown'], 'abc:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--unknown'], 'abc:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-a', '-', '-x', '--be=3'], 'ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-a', '-', '-x', '--be=3'], 'ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-cval'], 'c:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-cval'], 'c:', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-ab', '--unknown', '-b', '--al', 'x.txt'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-ab', '--unknown', '-b', '--al', 'x.txt'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-ab', '--unknown', '-b'], 'abc:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-ab', '--unknown', '-b'], 'abc:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-b', '-ab'], '+ab', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-b', '-ab'], '+ab', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-a', '-c', '-', '--al'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-a', '-c', '-', '--al'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['x.txt', '--alpha', '--beta', '-'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['x.txt', '--alpha', '--beta', '-'], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['file', 'x.txt', '--beta=1', 'x.txt', '--beta', '--unknown'], 'abc:', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['file', 'x.txt', '--beta=1', 'x.txt', '--beta', '--unknown'], 'abc:', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--'], 'ab', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--al', '-c', '--beta=1'], 'c:', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--al', '-c', '--beta=1'], 'c:', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--gamma'], '', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--gamma'], '', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-cval', '--gam', '--b', '-cval', '--beta', '-cval'], 'c:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-cval', '--gam', '--b', '-cval', '--beta', '-cval'], 'c:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-ab', '--alpha=2', 'file', '-x', '--beta=1'], 'abc:', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-ab', '--alpha=2', 'file', '-x', '--beta=1'], 'abc:', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha=2', '--al', '--', '--alpha'], 'a:b', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha=2', '--al', '--', '--alpha'], 'a:b', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'abc:x', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'abc:x', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-', '-a', '--alpha=2'], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-', '-a', '--alpha=2'], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--gamma', 'x.txt', '-c', '-ab'], '', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--gamma', 'x.txt', '-c', '-ab'], '', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-b', '-x'], 'a:b', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-b', '-x'], 'a:b', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--', '--beta', '--alpha=2', '-cval', '--unknown', 'x.txt'], '+ab', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--', '--beta', '--alpha=2', '-cval', '--unknown', 'x.txt'], '+ab', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--al', '-c', '--beta', '-b', '-x'], 'c:', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--al', '-c', '--beta', '-b', '-x'], 'c:', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-a', '--gam'], 'ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-a', '--gam'], 'ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'a:b', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'a:b', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-a', '--al', '--unknown'], 'c:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-a', '--al', '--unknown'], 'c:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-cval', '-b', 'x.txt', '--beta=1'], 'ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-cval', '-b', 'x.txt', '--beta=1'], 'ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-b', '-x'], 'abc:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-b', '-x'], 'abc:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--gamma', 'x.txt', '--alpha', '--gamma', '-'], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--gamma', 'x.txt', '--alpha', '--gamma', '-'], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--b', '-a'], 'a:b', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--b', '-a'], 'a:b', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha', 'x.txt', 'file', '--beta=1'], 'c:', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha', 'x.txt', 'file', '--beta=1'], 'c:', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--gam', '--', 'file', '--unknown', '--alpha=2'], '+ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--gam', '--', 'file', '--unknown', '--alpha=2'], '+ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha', '--beta=1', '--al', '--alpha', '--gam'], 'abc:', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha', '--beta=1', '--al', '--alpha', '--gam'], 'abc:', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-b', '-cval'], 'ab', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-b', '-cval'], 'ab', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--beta', '--', '-x', '-b', '-c'], 'abc:x', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--beta', '--', '-x', '-b', '-c'], 'abc:x', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['x.txt', '--gamma', '--be=3', '--beta=1', '--gamma', '-b'], 'c:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['x.txt', '--gamma', '--be=3', '--beta=1', '--gamma', '-b'], 'c:', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--beta'], 'c:', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--beta'], 'c:', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--b', '--al'], '+ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--b', '--al'], '+ab', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-b'], 'a:b', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-b'], 'a:b', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-x', '-a'], 'a:b', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-x', '-a'], 'a:b', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'c:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'c:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--gam', '--alpha', '--beta=1', 'x.txt'], '', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--gam', '--alpha', '--beta=1', 'x.txt'], '', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'a:b', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'a:b', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--alpha=2'], '+ab', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--alpha=2'], '+ab', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-a', '--gamma', '--gamma'], 'abc:x', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-a', '--gamma', '--gamma'], 'abc:x', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], '+ab', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-cval', '--be=3', '--alpha=2', '--al', 'file', '-cval'], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-cval', '--be=3', '--alpha=2', '--al', 'file', '-cval'], 'a:b', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-cval', '-b', 'x.txt', '--gam', '--'], 'abc:x', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-cval', '-b', 'x.txt', '--gam', '--'], 'abc:x', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['x.txt'], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['x.txt'], '', ['beta', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-a', '-:', '--gam', '--beta=1'], 'ab', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-a', '-:', '--gam', '--beta=1'], 'ab', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'abc:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'abc:', ['alpha', 'alphabet', 'beta=']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt([], 'c:', 'gamma'))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt([], 'c:', 'gamma'))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['-b', '--gam', '-a', '--gam'], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['-b', '--gam', '-a', '--gam'], '+ab', ['alpha', 'beta=', 'gamma']))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('getopt', getopt.getopt(['--beta', '-a', '-'], '', []))
except getopt.GetoptError as e:
    print('getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
try:
    print('gnu_getopt', getopt.gnu_getopt(['--beta', '-a', '-'], '', []))
except getopt.GetoptError as e:
    print('gnu_getopt', 'GetoptError', e, repr(e.opt), e.msg == str(e))
