# Lists used as stacks and queues; in-place operations and iteration.
stack = []
for i in range(5):
    stack.append(i)
print(stack)
while stack:
    print(stack.pop(), end=" ")
print()
queue = list("abcde")
out = []
while queue:
    out.append(queue.pop(0))
    if len(out) == 2:
        queue.append("z")
print(out)
lst = [5, 3, 8]
lst[1], lst[2] = lst[2], lst[1]
print(lst)
lst *= 2
print(lst)
total = 0
for i, v in enumerate(lst):
    total += i * v
print(total)
counts = [0] * 5
for v in [1, 3, 3, 4, 1, 1]:
    counts[v] += 1
print(counts)
print([x for x in reversed(lst)], lst[::-1] == list(reversed(lst)))
