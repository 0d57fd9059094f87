# An everyday script: a to-do list kept as JSON, driven by commands; contextlib, warnings, traceback,
# typing, dataclasses, pprint, heapq and copy as a small tool would use them.
import contextlib
import copy
import heapq
import io
import json
import pprint
import sys
import traceback
import warnings
from dataclasses import asdict, dataclass, field
from typing import List, Optional


@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    done: bool = field(default=False, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)


class TodoList:
    def __init__(self) -> None:
        self.tasks: List[Task] = []

    def add(self, title: str, priority: int = 3, tags: Optional[List[str]] = None) -> Task:
        if not title.strip():
            raise ValueError("a task needs a title")
        if priority > 5:
            warnings.warn(f"priority {priority} is above 5; using 5", UserWarning)
            priority = 5
        task = Task(priority, title, tags=list(tags or []))
        heapq.heappush(self.tasks, task)
        return task

    def next(self) -> Task:
        return self.tasks[0]

    def complete(self, title: str) -> None:
        for t in self.tasks:
            if t.title == title:
                t.done = True
                return
        raise KeyError(title)

    def to_json(self) -> str:
        return json.dumps([asdict(t) for t in sorted(self.tasks)], sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "TodoList":
        todo = cls()
        for item in json.loads(text):
            todo.tasks.append(Task(**item))
        heapq.heapify(todo.tasks)
        return todo


commands = [("add", "write report", 2, ["work"]), ("add", "buy milk", 4, ["home"]), ("add", "fix bug", 1, ["work", "urgent"]),
            ("add", "call mum", 9, []), ("add", "   ", 3, []), ("done", "buy milk"), ("done", "walk dog"), ("next",)]
todo = TodoList()
shown = io.StringIO()
with contextlib.redirect_stderr(shown), warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda message, category, *rest: print(f"warning: {message}", file=sys.stderr)
    for cmd, *args in commands:
        try:
            if cmd == "add":
                title, priority, tags = args
                print("added", todo.add(title, priority, tags))
            elif cmd == "done":
                todo.complete(args[0])
                print("completed", args[0])
            else:
                print("next up:", todo.next().title)
        except (KeyError, ValueError) as e:
            print("error:", "".join(traceback.format_exception_only(e)).strip())
print(shown.getvalue(), end="")
saved = todo.to_json()
print(saved)
again = TodoList.from_json(saved)
print(again.next(), [t.title for t in sorted(again.tasks)])
snapshot = copy.deepcopy(again.tasks)
again.complete("fix bug")
print(snapshot[0].done, again.tasks[0].done)
pprint.pprint([asdict(t) for t in sorted(again.tasks)], width=60)
