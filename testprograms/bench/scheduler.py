# Benchmark: object-heavy simulation of a small operating-system scheduler (in the
# spirit of richards): task classes with subclasses and methods, packets passed
# between tasks in linked queues, attribute reads and writes everywhere.
import sys
import time

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_WORK, KIND_DEVICE = 0, 1


class Packet:
    def __init__(self, kind, origin):
        self.link = None
        self.kind = kind
        self.origin = origin
        self.dest = origin
        self.value = 0
        self.index = 0
        self.data = [0, 0, 0, 0]


class Task:
    def __init__(self, sched, ident, priority):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.inbox = None
        self.waiting = True
        self.held = False
        self.steps = 0

    def runnable(self):
        return not self.held and (self.inbox is not None or not self.waiting)

    def receive(self, packet):
        packet.link = None
        if self.inbox is None:
            self.inbox = packet
        else:
            p = self.inbox
            while p.link is not None:
                p = p.link
            p.link = packet

    def take(self):
        p = self.inbox
        if p is not None:
            self.inbox = p.link
            p.link = None
        return p

    def send(self, packet, dest):
        packet.dest = dest
        self.sched.tasks[dest].receive(packet)

    def hold(self):
        self.held = True

    def release(self, ident):
        self.sched.tasks[ident].held = False

    def step(self):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        super().__init__(sched, ident, priority)
        self.count = count
        self.seed = 1
        self.waiting = False

    def step(self):
        self.count -= 1
        if self.count == 0:
            self.hold()
            return
        if self.seed & 1 == 0:
            self.seed = self.seed >> 1
            self.release(DEVICE_A)
        else:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority)
        self.target = HANDLER_A
        self.letter = 0

    def step(self):
        p = self.take()
        if p is None:
            return
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        p.index = 0
        for i in range(len(p.data)):
            self.letter = (self.letter + 1) % 26
            p.data[i] = 65 + self.letter
        self.send(p, self.target)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, device):
        super().__init__(sched, ident, priority)
        self.device = device
        self.work = []
        self.devices = []
        self.chars = 0

    def step(self):
        p = self.take()
        if p is not None:
            if p.kind == KIND_WORK:
                self.work.append(p)
            else:
                self.devices.append(p)
        if self.work and self.devices:
            w = self.work[0]
            d = self.devices.pop()
            d.value = w.data[w.index]
            w.index += 1
            self.chars += 1
            self.send(d, self.device)
            if w.index == len(w.data):
                self.work.pop(0)
                self.send(w, WORKER)
        self.waiting = not (self.work and self.devices)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        super().__init__(sched, ident, priority)
        self.pending = None
        self.total = 0

    def step(self):
        if self.pending is None:
            p = self.take()
            if p is None:
                self.waiting = True
                return
            self.pending = p
            self.total = (self.total * 7 + p.value) % 1000003
            self.waiting = False
            self.hold()
        else:
            p = self.pending
            self.pending = None
            self.waiting = True
            self.send(p, p.origin)


class Scheduler:
    def __init__(self, idle_count):
        self.tasks = [None] * 6
        self.tasks[IDLE] = IdleTask(self, IDLE, 0, idle_count)
        self.tasks[WORKER] = WorkerTask(self, WORKER, 1000)
        self.tasks[HANDLER_A] = HandlerTask(self, HANDLER_A, 2000, DEVICE_A)
        self.tasks[HANDLER_B] = HandlerTask(self, HANDLER_B, 3000, DEVICE_B)
        self.tasks[DEVICE_A] = DeviceTask(self, DEVICE_A, 4000)
        self.tasks[DEVICE_B] = DeviceTask(self, DEVICE_B, 5000)
        for _ in range(2):
            self.tasks[WORKER].receive(Packet(KIND_WORK, WORKER))
        for h in (HANDLER_A, HANDLER_B):
            for _ in range(3):
                self.tasks[h].receive(Packet(KIND_DEVICE, h))
        self.by_priority = sorted(self.tasks, key=lambda t: -t.priority)

    def run(self):
        switches = 0
        while True:
            current = None
            for t in self.by_priority:
                if t.runnable():
                    current = t
                    break
            if current is None:
                return switches
            current.steps += 1
            current.step()
            switches += 1


def simulate(idle_count):
    s = Scheduler(idle_count)
    switches = s.run()
    t = s.tasks
    return (switches, [task.steps for task in t], t[HANDLER_A].chars, t[HANDLER_B].chars,
            t[DEVICE_A].total, t[DEVICE_B].total)


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = simulate(40000)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(6)
