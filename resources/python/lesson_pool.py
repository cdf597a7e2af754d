# ProcessLab: the "pool" lesson in Python (multiprocessing), for comparison. #pt: ProcessLab: a lição "pool" em Python (multiprocessing), para comparar.
import time
import multiprocessing as mp


def calculate(x):
    return x * 2


def start_process():
    print("Starting", mp.current_process().name)  #pt-print: "Iniciando"


def main(items=10, size=0, chunksize=None):
    inputs = list(range(items))
    print("Input:", inputs)  #pt-print: "Entrada:"
    t0 = time.perf_counter()
    sequential = [calculate(x) for x in inputs]  # step: main.builtin
    t1 = time.perf_counter()
    print("Sequential:", sequential)  #pt-print: "Sequencial:"
    workers = size or mp.cpu_count() * 2
    with mp.Pool(processes=workers, initializer=start_process) as pool:  # step: main.pool
        outputs = pool.map(calculate, inputs, chunksize)
    t2 = time.perf_counter()
    print("Pool:", outputs)
    print(f"Time: sequential {(t1 - t0) * 1e3:.2f} ms, pool {(t2 - t1) * 1e3:.0f} ms")  #pt-print: f"Tempo: sequencial {(t1 - t0) * 1e3:.2f} ms, pool {(t2 - t1) * 1e3:.0f} ms"


if __name__ == "__main__":
    import json, sys  # ProcessLab's "Run in Python" passes the lesson's settings as JSON #pt: o "Rodar em Python" do ProcessLab passa em JSON as configurações da lição
    s = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    main(s.get("items", 10), s.get("size", 0), s.get("chunksize", 0) or None)
