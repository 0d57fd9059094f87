# string.Template: placeholders found by a regular expression, which a subclass may change
import string

t = string.Template('$who likes ${what}, costs $$5, $who again')
print(t.substitute(who='tim', what='kung pao'), t.get_identifiers(), t.is_valid())
print(t.pattern.pattern.count('escaped'), t.pattern.flags, sorted(t.pattern.groupindex))

class Percent(string.Template):
    delimiter = '%'

print(Percent('%a %% %{b} $c').substitute(a=1, b=2))

class Dotted(string.Template):
    idpattern = r'[a-z]+(?:\.[a-z]+)*'
    flags = 0

print(Dotted('$user.name is ${user.age}').safe_substitute({'user.name': 'ann'}))

class Braced(string.Template):
    braceidpattern = r'[^}]+'

print(Braced('${not an id} and $ok').substitute({'not an id': 1, 'ok': 2}))

class Own(string.Template):
    pattern = r'''
    <<(?:
      (?P<escaped><<) |
      (?P<named>[a-z]+)>> |
      (?P<braced>\{[a-z]+\})>> |
      (?P<invalid>)
    )
    '''

print(Own('<<name>> and <<<<').substitute(name='x'), Own('a <<').safe_substitute())
for bad in ('$', 'ab\n$1', '${x'):
    try:
        string.Template(bad).substitute(x=1)
    except ValueError as e:
        print('ValueError', e)
try:
    string.Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
print(string.Template('$a$b').safe_substitute(a='A'))
