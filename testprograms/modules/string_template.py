# string.Template: substitute, safe_substitute, is_valid, get_identifiers, a delimiter of one's own
from string import Template

t = Template('$who likes ${what}; $$ is a dollar; $who_else?')
print(t.template)
print(t.substitute(who='tim', what='kung pao', who_else='ann'))
print(t.substitute({'who': 'tim', 'what': 'pie', 'who_else': 1}, what='ham'))
print(t.safe_substitute(who='tim'))
print(t.get_identifiers(), t.is_valid())
print(Template('${a}${b}$a$').safe_substitute(a=1))
print(Template('$1 and $ and ${x y} ${x').safe_substitute(x=2))
print(Template('100$$ $x.y $x_1 $X').substitute(x=3, x_1=4, X=5))
print(Template('').substitute(), Template('no placeholders').substitute(a=1))

class Obj:
    def __str__(self):
        return 'OBJ'
print(Template('$a $b $c').substitute(a=Obj(), b=[1, 2], c=None))

for text in ['$', 'abc $ def', 'line one\nline $two\n  $ 3', '${', '${}', '$1', 'ok $x\n\n$?']:
    tt = Template(text)
    print(repr(text), tt.is_valid(), tt.get_identifiers())
    try:
        print(tt.substitute(x=1, two=2))
    except ValueError as e:
        print(type(e).__name__, e)
    print(repr(tt.safe_substitute(x=1)))

try:
    Template('$missing here').substitute(present=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    Template('${braced}').substitute()
except KeyError as e:
    print(type(e).__name__, e)
try:
    Template('$a').substitute({'a': 1}, {'b': 2})
except TypeError as e:
    print(type(e).__name__)

class Percent(Template):
    delimiter = '%'
p = Percent('%who owes %% %{amount}, not $x')
print(p.substitute(who='bob', amount='5'), p.get_identifiers())
class Hash2(Template):
    delimiter = '##'
print(Hash2('## ##a ####b ##{c}#').safe_substitute(a='A', c='C'))
print(Template.delimiter, Percent.delimiter, isinstance(p, Template))
for bad in (5, None, b'$x'):
    try:
        Template(bad).substitute()
    except TypeError as e:
        print(type(e).__name__, e)
