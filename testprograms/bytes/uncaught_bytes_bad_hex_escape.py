# a \x escape needs two hex digits in a bytes literal too
print('never')
x = b'ok' b'\x4g'
