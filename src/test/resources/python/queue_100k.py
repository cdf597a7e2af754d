# The window's frame time under load (docs/performance.md, "Python programs"): a producer puts
# 50,000 numbers through a Queue and the parent gets them, 100,000 traced events in all.
import sys
from multiprocessing import Process, Queue

N = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000


def produce(q, n):
    for i in range(n):
        q.put(i)


if __name__ == "__main__":
    q = Queue()
    p = Process(target=produce, args=(q, N), name="producer")
    p.start()
    total = 0
    for _ in range(N):
        total += q.get()
    p.join()
    print("sum", total)
