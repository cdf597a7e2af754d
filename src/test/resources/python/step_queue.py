# Step mode's test program: two producers put one item each, the parent gets both (argv[1]: the start method).
import sys
from multiprocessing import Process, Queue, set_start_method


def produce(q, item):
    q.put(item)


if __name__ == "__main__":
    set_start_method(sys.argv[1] if len(sys.argv) > 1 else "fork")
    q = Queue()
    ps = [Process(target=produce, args=(q, item), name=name) for name, item in (("A", "from A"), ("B", "from B"))]
    for p in ps:
        p.start()
    print(q.get())
    print(q.get())
    for p in ps:
        p.join()
