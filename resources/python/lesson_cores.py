# ProcessLab: the "cores" demo in Python (multiprocessing), for comparison. #pt: ProcessLab: a demonstração "cores" em Python (multiprocessing), para comparar.
import os
import time
from multiprocessing import Pool


def is_prime(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


BLOCK = 1000


def count_primes(args):
    limit, part, parts = args
    count = 0
    # every parts-th block of BLOCK numbers: each process gets its share of the large, slow ones #pt: um de cada parts blocos de BLOCK números: cada processo recebe sua parte dos números grandes e lentos
    for start in range(2 + part * BLOCK, limit, parts * BLOCK):
        count += sum(1 for n in range(start, min(limit, start + BLOCK)) if is_prime(n))
    return count


def main(processes=0, limit=1_500_000):
    most = processes or os.cpu_count()
    first = None
    for k in range(1, most + 1):
        t0 = time.perf_counter()
        with Pool(k) as pool:  # step: main.round
            total = sum(pool.map(count_primes, [(limit, part, k) for part in range(k)]))
        secs = time.perf_counter() - t0
        first = first or secs
        print(f"{k} process(es): {total} primes in {secs:.2f} s, speed-up {first / secs:.2f}x")  #pt-print: f"{k} processo(s): {total} primos em {secs:.2f} s, aceleração {first / secs:.2f}x"


if __name__ == "__main__":
    main()
