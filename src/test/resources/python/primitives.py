# Every primitive ProcessLab's tracer follows, on the start method named by argv[1]
# (fork, spawn, forkserver): the test checks the trace event by event.
import multiprocessing as mp
import sys
import time


class Worker(mp.Process):
    def __init__(self, lock, rlock, sem, bsem, box):
        mp.Process.__init__(self, name="subclass")
        self.lock, self.rlock, self.sem, self.bsem, self.box = lock, rlock, sem, bsem, box

    def run(self):
        with self.lock:
            print("subclass has the lock")
        with self.rlock:
            with self.rlock:
                print("subclass has the rlock twice")
        self.sem.acquire()
        self.sem.release()
        with self.bsem:
            pass
        self.box.put("from subclass")


def grandchild(q):
    q.put("from grandchild")


def child(q, ev, done):
    ev.wait()
    print("child saw the event")
    g = mp.Process(target=grandchild, args=(q,), name="grandchild")
    g.start()
    g.join()
    done.put("child done")


def talk(conn, simplex_w):
    msg = conn.recv()
    conn.send(msg * 2)
    simplex_w.send("one way")
    conn.close()


def double(x):
    return 2 * x


def add(a, b):
    return a + b


def hello():
    print("worker ready")


def consume(tasks):
    while True:
        t = tasks.get()
        if t is None:
            tasks.task_done()
            break
        time.sleep(0.01)
        tasks.task_done()


def main(method):
    mp.set_start_method(method)
    lock, rlock, sem, bsem = mp.Lock(), mp.RLock(), mp.Semaphore(2), mp.BoundedSemaphore(1)
    box = mp.Queue()
    w = Worker(lock, rlock, sem, bsem, box)
    w.start()
    print("got", box.get())
    w.join()

    ev = mp.Event()
    q, done = mp.Queue(), mp.SimpleQueue()
    c = mp.Process(target=child, args=(q, ev, done), name="eventchild")
    c.start()
    print("timed wait", ev.wait(0.05))
    ev.set()
    print("got", q.get())
    print("got", done.get())
    c.join()
    ev.clear()

    here, there = mp.Pipe()
    reader, writer = mp.Pipe(duplex=False)
    p = mp.Process(target=talk, args=(there, writer), name="talker")
    p.start()
    here.send(21)
    print("reply", here.recv())
    print("simplex", reader.recv())
    p.join()

    tasks = mp.JoinableQueue()
    cs = [mp.Process(target=consume, args=(tasks,), name="consumer-%d" % i) for i in range(2)]
    for x in cs:
        x.start()
    for i in range(4):
        tasks.put(i)
    for _ in cs:
        tasks.put(None)
    tasks.join()
    print("all tasks done")
    for x in cs:
        x.join()

    with mp.Pool(2, initializer=hello) as pool:
        print("map", pool.map(double, range(6), chunksize=2))
        print("imap", list(pool.imap(double, range(3))))
        print("unordered", sorted(pool.imap_unordered(double, range(3))))
        print("starmap", pool.starmap(add, [(1, 2), (3, 4)]))
        print("apply", pool.apply(add, (5, 6)))
        print("apply_async", pool.apply_async(double, (7,)).get())
        print("map_async", pool.map_async(double, [8, 9]).get())
    time.sleep(0.01)
    print("end")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "fork")
