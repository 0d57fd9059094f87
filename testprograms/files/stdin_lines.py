# sys.stdin: readline, input() sharing its buffer, iteration, read, readlines
import sys

print(type(sys.stdin).__name__, sys.stdin.name, sys.stdin.readable(), sys.stdin.fileno())
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.readline(4)), repr(sys.stdin.readline()))
count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line))
    if line.startswith('stop'):
        break
print(repr(input('prompt> ')))
print(repr(sys.stdin.read(6)))
print(sys.stdin.readlines(1))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))
try:
    input()
except EOFError as e:
    print('EOFError:', e)
n = sys.stdout.write('written\n')
print(n, sys.stdout.writable(), sys.stdout.fileno(), sys.stderr.fileno())
print('to stdout', file=sys.stdout, flush=True)
sys.stdout.writelines(['a', 'b\n'])
sys.stdout.flush()
