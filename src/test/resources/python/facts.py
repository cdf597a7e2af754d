# A small program for RunFacts: children that print, a queue two consumers take from, an event
# with a waiter that gives up and one that sees it set, a pool of two workers.
import multiprocessing as mp
import time


def hello(i):
    print(f"Starting child {i}")


def consume(tasks):
    while True:
        t = tasks.get()
        if t is None:
            return
        time.sleep(0.01)


def wait_for(ev, timeout):
    print("saw", ev.wait(timeout))


def double(x):
    return 2 * x


if __name__ == "__main__":
    print("main first")
    kids = [mp.Process(target=hello, args=(i,), name=f"kid-{i}") for i in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    tasks = mp.Queue()
    cons = [mp.Process(target=consume, args=(tasks,), name=f"Consumer-{i + 1}") for i in range(2)]
    for c in cons:
        c.start()
    for i in range(4):
        tasks.put({"a": i, "b": i})
    for c in cons:
        tasks.put(None)
    for c in cons:
        c.join()
    ev = mp.Event()
    quick = mp.Process(target=wait_for, args=(ev, 0.05), name="quick")
    patient = mp.Process(target=wait_for, args=(ev, None), name="patient")
    quick.start()
    patient.start()
    quick.join()
    ev.set()
    patient.join()
    with mp.Pool(2) as pool:
        print(pool.map(double, range(6), chunksize=2))
