# os and os.path: files and directories by name, paths as strings, the errors CPython raises
import os
import os.path
from os.path import join, basename, dirname, splitext

print(os.sep, repr(os.linesep), os.curdir, os.pardir, os.name, os.path.__name__, os.path.sep)
print(isinstance(os.environ, dict) or type(os.environ).__name__ == '_Environ', 'PATH' in os.environ)
print(os.getenv('_SCRATCH_NO_SUCH_VAR'), os.getenv('_SCRATCH_NO_SUCH_VAR', 'default'))
print(join('a', 'b', 'c.txt'), join('a/', 'b'), join('a', '/abs', 'x'), join('', 'y'), join('z', ''))
print(basename('/x/y.txt'), basename('x/'), dirname('/x/y.txt'), repr(dirname('y')), dirname('/'))
print(splitext('a/b.tar.gz'), splitext('.bashrc'), splitext('a.b/c'), splitext('x..'), splitext('...y'))
print(os.path.split('//a//b'), os.path.split('/'), os.path.split('a'), os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.normpath('a/./b/../c//d/'), os.path.normpath('../../x'), os.path.normpath('/..'), os.path.normpath(''))
print(os.getcwd() == os.path.abspath('.'), os.path.abspath('.') == os.path.abspath('x/..'))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e, getattr(e, 'errno', None))

D = '_scratch_os_dir'
F = join(D, 'file.txt')
attempt('remove missing', lambda: os.remove('_scratch_os_nope'))
attempt('mkdir', lambda: os.mkdir(D))
attempt('mkdir again', lambda: os.mkdir(D))
attempt('mkdir deep', lambda: os.mkdir('_scratch_os_nope/sub'))
attempt('remove dir', lambda: os.remove(D))
with open(F, 'w') as f:
    f.write('12345')
attempt('rmdir full', lambda: os.rmdir(D))
attempt('rmdir file', lambda: os.rmdir(F))
attempt('listdir', lambda: os.listdir(D))
attempt('listdir file', lambda: os.listdir(F))
attempt('listdir missing', lambda: os.listdir('_scratch_os_nope'))
attempt('getsize', lambda: os.path.getsize(F))
attempt('getsize missing', lambda: os.path.getsize('_scratch_os_nope'))
attempt('queries', lambda: (os.path.exists(D), os.path.isfile(D), os.path.isdir(D), os.path.isfile(F), os.path.exists('')))
attempt('rename', lambda: os.rename(F, F + '.old'))
attempt('renamed', lambda: sorted(os.listdir(D)))
attempt('rename missing', lambda: os.rename('_scratch_os_nope', '_scratch_os_x'))
attempt('makedirs', lambda: os.makedirs(join(D, 'a', 'b')))
attempt('makedirs again', lambda: os.makedirs(join(D, 'a', 'b')))
attempt('makedirs ok', lambda: os.makedirs(join(D, 'a', 'b'), exist_ok=True))
attempt('remove float', lambda: os.remove(5.5))
attempt('exists float', lambda: os.path.exists(5.5))
attempt('join int', lambda: join(1))
attempt('join str int', lambda: join('a', 1))
attempt('unlink', lambda: os.unlink(F + '.old'))
attempt('rmdirs', lambda: (os.rmdir(join(D, 'a', 'b')), os.rmdir(join(D, 'a')), os.rmdir(D)))
attempt('gone', lambda: D in os.listdir() or D in os.listdir('.'))
