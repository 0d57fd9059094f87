# keyword: kwlist, softkwlist, iskeyword, issoftkeyword
import keyword

print(len(keyword.kwlist), keyword.kwlist)
print(keyword.softkwlist)
print(keyword.kwlist == sorted(keyword.kwlist), type(keyword.kwlist).__name__)
for word in ['if', 'None', 'none', 'async', 'await', 'match', 'case', '_', 'print', 'nonlocal', '', 'Yield', 'type']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(keyword.iskeyword(3), keyword.issoftkeyword(None))
try:
    keyword.iskeyword([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    keyword.iskeyword()
except TypeError as e:
    print(type(e).__name__)
print(sorted(keyword.__all__))
print([w for w in keyword.kwlist if w[0].isupper()])
# every keyword really is one: compiling it as a name fails
bad = 0
for w in keyword.kwlist:
    try:
        compile(w + ' = 1', '<kw>', 'exec')
    except SyntaxError:
        bad += 1
print('rejected as names:', bad)
for w in keyword.softkwlist:
    compile(w + ' = 1', '<kw>', 'exec')
print('soft keywords are names')
