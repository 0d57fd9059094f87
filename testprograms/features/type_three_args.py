# type(name, bases, dict) takes __module__ from the calling frame's globals
B = type("B", (), {"y": 5})
print(B, B.__module__, B.__qualname__, B().y)
