# an uncaught UnicodeDecodeError prints its message from its attributes
data = b'ok \xff'
print(data.decode('utf-8', 'replace'))
print(data.decode())
