# Nested containers: deep access, mutation through aliases, copies (shallow).
data = {"users": [{"name": "a", "tags": ["x"]}, {"name": "b", "tags": []}], "n": 2}
print(data["users"][0]["tags"][0], len(data["users"]))
data["users"][1]["tags"].append("y")
print(data)
shallow = list(data["users"])
shallow[0]["name"] = "changed"
shallow.append({"name": "c"})
print(data["users"][0]["name"], len(data["users"]), len(shallow))
def deep_copy(o):
    if isinstance(o, dict):
        return {k: deep_copy(v) for k, v in o.items()}
    if isinstance(o, list):
        return [deep_copy(v) for v in o]
    return o
dc = deep_copy(data)
dc["users"][0]["tags"].append("z")
print(data["users"][0]["tags"], dc["users"][0]["tags"], dc == data)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[1] for row in grid], list(zip(*grid)))
grid[1][1] = None
print(grid)
stack = [[1, [2, [3, [4]]]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(reversed(item))
    else:
        flat.append(item)
print(flat)
