# richards-like: an OO task scheduler (idle, worker, handler and device tasks passing packets).

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = queue is not None
        self.waiting = False
        self.held = False
        self.next = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def runnable(self):
        return self.packet_pending or not (self.waiting or self.held)

    def take_packet(self):
        if self.queue is None:
            return None
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        return packet

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            packet.link = None
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.v1 = 1
        self.count = count

    def run(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold_current()
        if self.v1 & 1 == 0:
            self.v1 >>= 1
            return s.release(DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            return s.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.a1 = 0
        for i in range(DATA_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.a2[i] = self.count
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.a1
            if count < DATA_SIZE:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.a1 = work.a2[count]
                    work.a1 = count + 1
                    return s.queue_packet(device)
            else:
                self.work = work.link
                return s.queue_packet(work)
        return s.wait_current()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            if self.pending is None:
                return s.wait_current()
            packet = self.pending
            self.pending = None
            return s.queue_packet(packet)
        self.pending = packet
        s.hold_count += 1
        return s.hold_current()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def setup(self, idle_count):
        IdleTask(self, IDLE, 0, None, idle_count)
        wq = Packet(None, WORKER, KIND_WORK)
        wq = Packet(wq, WORKER, KIND_WORK)
        WorkerTask(self, WORKER, 1000, wq)
        for ident, prio in ((HANDLER_A, 2000), (HANDLER_B, 3000)):
            dev = DEVICE_A if ident == HANDLER_A else DEVICE_B
            q = Packet(None, dev, KIND_DEVICE)
            q = Packet(q, dev, KIND_DEVICE)
            q = Packet(q, dev, KIND_DEVICE)
            HandlerTask(self, ident, prio, q)
        DeviceTask(self, DEVICE_A, 4000, None)
        DeviceTask(self, DEVICE_B, 5000, None)

    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            task = self.current
            if task.runnable():
                packet = None
                if task.packet_pending:
                    packet = task.take_packet()
                    task.waiting = False
                self.current = task.run(packet)
            else:
                self.current = task.next

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def wait_current(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        task = self.table[packet.ident]
        self.queue_count += 1
        packet.ident = self.current.ident
        return task.add_packet(packet, self.current)


total_q = 0
total_h = 0
for _ in range(20):
    s = Scheduler()
    s.setup(10000)
    s.schedule()
    total_q += s.queue_count
    total_h += s.hold_count
print("queue count", total_q)
print("hold count", total_h)
