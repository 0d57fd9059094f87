# input() reads lines from stdin (NAME.in) without the newline; EOFError at the end.
name = input()
print("hello,", name)
n = int(input("how many? "))
total = 0
for i in range(n):
    total += int(input())
print("total", total)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print("rest:", rest)
