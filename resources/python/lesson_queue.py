# ProcessLab: the "queue" lesson in Python (multiprocessing), for comparison. #pt: ProcessLab: a lição "queue" em Python (multiprocessing), para comparar.
import time
from multiprocessing import Process, Queue, JoinableQueue, current_process


def consume(tasks, results, seconds):
    me = current_process().name
    while True:
        task = tasks.get()  # step: consumer.get
        if task is None:
            print(f"{me}: leaving")  #pt-print: f"{me}: saindo"
            tasks.task_done()
            return
        a, b = task
        print(f"{me}: {a} * {b}")
        time.sleep(seconds)  # step: consumer.work
        tasks.task_done()
        results.put(f"{a} * {b} = {a * b}")


def main(consumers=5, n_tasks=5, seconds=0.1):
    tasks, results = JoinableQueue(), Queue()
    print(f"Creating {consumers} consumers")  #pt-print: f"Criando {consumers} consumidores"
    workers = [Process(name=f"Consumer-{i}", target=consume, args=(tasks, results, seconds))
               for i in range(1, consumers + 1)]
    for w in workers:
        w.start()
    for i in range(n_tasks):
        tasks.put((i, i))  # step: main.put
    for _ in workers:
        tasks.put(None)
    tasks.join()  # step: main.join
    for _ in range(n_tasks):
        print("Result:", results.get())  # step: main.results #pt-print: "Resultado:"
    for w in workers:
        w.join()


if __name__ == "__main__":
    import json, sys  # ProcessLab's "Run in Python" passes the lesson's settings as JSON #pt: o "Rodar em Python" do ProcessLab passa em JSON as configurações da lição
    s = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    main(s.get("consumers", 5), s.get("tasks", 5), s.get("task_seconds", 0.1))
