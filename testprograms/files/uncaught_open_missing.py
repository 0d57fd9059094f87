# uncaught on purpose: the traceback of an OSError subclass raised by open()
def load(name):
    with open(name) as f:
        return f.read()

print('before')
load('_scratch_no_such_file.txt')
