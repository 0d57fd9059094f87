# a non-ASCII character in a bytes literal is a SyntaxError
print('never')
x = b'café'
