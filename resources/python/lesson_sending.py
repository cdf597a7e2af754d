# ProcessLab: the "sending" demo in Python (multiprocessing), for comparison. #pt: ProcessLab: a demonstração "sending" em Python (multiprocessing), para comparar.
# What crosses a Pipe is what pickle can write: data, and a few things multiprocessing knows #pt: O que atravessa um Pipe é o que o pickle consegue escrever: dados, e algumas coisas que o multiprocessing sabe
# how to hand over (a socket). Code made at run time, a generator, an open file and a #pt: como entregar (um socket). Código criado durante a execução, um gerador, um arquivo aberto e um
# multiprocessing Lock cannot cross. #pt: Lock do multiprocessing não atravessam.
# Run it: python3 lesson_sending.py [fork|spawn|forkserver|default] [YOUR_VALUE, JSON or a Python literal] #pt: Para rodar: python3 lesson_sending.py [fork|spawn|forkserver|default] [SEU_VALOR, JSON ou um literal Python]
import ast
import io
import json
import os
import queue
import socket
import sys
import multiprocessing
from multiprocessing import Lock, Pipe, Process, Queue


def echo(end, other):
    other.close()  # the parent's end, inherited with fork: closed, so that recv() sees the end #pt: a ponta do pai, herdada com fork: fechada, para que recv() veja o fim
    while True:
        try:
            end.send(end.recv())
        except EOFError:
            return


def main(method=None, extra=None):
    ctx = multiprocessing.get_context(method)
    print(f"start method: {ctx.get_start_method()}, Python {sys.version.split()[0]}")  #pt-print: f"método de início: {ctx.get_start_method()}, Python {sys.version.split()[0]}"
    mine, theirs = Pipe()
    child = ctx.Process(target=echo, args=(theirs, mine))
    child.start()
    theirs.close()
    cyclic = ["me"]
    cyclic.append(cyclic)

    def twice(x):
        return x * 2

    samples = {
        "list": ["spam", 42, "ovos"],
        "map": {"name": "João"},
        "set": {"aa", "bb"},
        "cycle": cyclic,
        "bytes": io.BytesIO(b"\x01\x02\x03"),
        "lambda": lambda x: x * 2,
        "nested": twice,
        "generator": (x * x for x in range(3)),
        "file": open(os.devnull, "rb"),
        "socket": socket.socket(),
        "lock": ctx.Lock(),
    }
    if extra is not None:
        try:
            samples["extra"] = json.loads(extra)
        except ValueError:
            samples["extra"] = ast.literal_eval(extra)
    for name, value in samples.items():
        try:
            mine.send(value)  # step: main.send
            print(f"{name}: sent, received back {mine.recv()!r}")  #pt-print: f"{name}: enviado, recebido de volta {mine.recv()!r}"
        except Exception as refused:  # pickle.PicklingError, TypeError, AttributeError, RuntimeError
            print(f"{name}: refused: {type(refused).__name__}: {refused}")  #pt-print: f"{name}: recusado: {type(refused).__name__}: {refused}"
    mine.close()
    child.join()
    samples["file"].close()
    samples["socket"].close()

    # A lock put on a Queue: put() returns at once, the queue's feeder thread pickles it later, #pt: Um Lock posto numa Queue: put() retorna na hora; a thread alimentadora da fila tenta fazer o pickle dele depois,
    # fails (it prints the RuntimeError on stderr) and drops it: nothing ever arrives. #pt: falha (imprime o RuntimeError no stderr) e o descarta: nada chega.
    q = ctx.Queue()
    q.put(ctx.Lock())  # step: main.queue
    try:
        print(f"queue_lock: sent, received back {q.get(timeout=2)!r}")  #pt-print: f"queue_lock: enviado, recebido de volta {q.get(timeout=2)!r}"
    except queue.Empty:
        print("queue_lock: refused: put() returned, nothing arrived (the queue's feeder thread failed: see stderr)")  #pt-print: "queue_lock: recusado: put() retornou, nada chegou (a thread alimentadora da fila falhou: veja o stderr)"


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "default" else None,
         sys.argv[2] if len(sys.argv) > 2 else None)
