# ProcessLab: the "threads" demo in Python, for comparison. #pt: ProcessLab: a demonstração "threads" em Python, para comparar.
import threading
import time
from multiprocessing import Process


def job(n):
    return sum(i * i % 7 for i in range(n))


def main(count=4, work=100_000):
    t0 = time.perf_counter()
    threads = [threading.Thread(target=job, args=(work,)) for _ in range(count)]  # step: main.threads
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t1 = time.perf_counter()
    procs = [Process(target=job, args=(work,)) for _ in range(count)]  # step: main.processes
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    t2 = time.perf_counter()
    print(f"{count} threads: {(t1 - t0) * 1e3:.1f} ms; {count} processes: {(t2 - t1) * 1e3:.1f} ms")  #pt-print: f"{count} threads: {(t1 - t0) * 1e3:.1f} ms; {count} processos: {(t2 - t1) * 1e3:.1f} ms"


if __name__ == "__main__":
    main()
