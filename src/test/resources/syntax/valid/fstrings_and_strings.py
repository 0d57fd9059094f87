a = f'{x!r:>{w}} {y=} {{}}'
b = f"{x=!s:10}" f'{y}' 'tail'
c = 'a' "b" '''c
d''' r'\n' "\x41\u00e9\N{BULLET}\t"
d = f'''{
x +
1}'''
e = f'{a["k"]} {b:{c}.{d}f} {(lambda: 1)}'[0]
g = f'' + f'{x}' + F'{x:}'
h = rf'\d{x}' + Rb if 0 else f'{"nested " f"{x}"}'
