# ProcessLab: the "process" lesson in Python (multiprocessing), for comparison. #pt: ProcessLab: a lição "process" em Python (multiprocessing), para comparar.
import os
from multiprocessing import Process, Lock, current_process


def who_am_i(label, lock, use_lock=True):
    if use_lock:
        lock.acquire()  # step: who_am_i.acquire
    try:
        name = current_process().name
        print(f"{label}: name={name}, pid={os.getpid()}")  # step: who_am_i.print #pt-print: f"{label}: nome={name}, pid={os.getpid()}"
    finally:
        if use_lock:
            lock.release()


def main(children=5, use_lock=True):
    lock = Lock()
    who_am_i("Function call", lock, use_lock)  #pt-print: "Chamada da função"
    first = Process(target=who_am_i, args=("child created", lock, use_lock))  #pt-print: "filho criado"
    first.start()
    first.join()
    others = [Process(target=who_am_i, args=(f"process running {i}", lock, use_lock))  #pt-print: f"processo rodando {i}"
              for i in range(children)]
    for p in others:
        p.start()
    with lock:
        print("Main process: children started, now joining them")  # step: main.exit #pt-print: "Processo principal: filhos iniciados, agora esperando por eles (join)"
    for p in others:
        p.join()


if __name__ == "__main__":
    import json, sys  # ProcessLab's "Run in Python" passes the lesson's settings as JSON #pt: o "Rodar em Python" do ProcessLab passa em JSON as configurações da lição
    s = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    main(s.get("children", 5), s.get("lock", True))
