# bytes and str literals cannot be concatenated
print('never')
x = (b'ab'
     'cd')
