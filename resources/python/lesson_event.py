# ProcessLab: the "event" lesson in Python (multiprocessing), for comparison. #pt: ProcessLab: a lição "event" em Python (multiprocessing), para comparar.
import time
from multiprocessing import Process, Event


def wait_for_event(event):
    print("Waiting for the event (no time limit)...")  #pt-print: "Esperando o evento (sem limite de tempo)..."
    event.wait()  # step: wait.wait
    print("Done waiting, event.is_set():", event.is_set())  #pt-print: "Fim da espera, event.is_set():"


def wait_with_timeout(event, timeout):
    print("Waiting for the event, with a timeout...")  #pt-print: "Esperando o evento, com limite de tempo..."
    event.wait(timeout)  # step: wait_timeout.wait
    print("Done waiting with a timeout, event.is_set():", event.is_set())  #pt-print: "Fim da espera com limite, event.is_set():"


def main(timeout=2, delay=3):
    event = Event()
    blocking = Process(name="block", target=wait_for_event, args=(event,))
    blocking.start()
    timed = Process(name="not-block", target=wait_with_timeout, args=(event, timeout))
    timed.start()
    print("Main: waiting before calling event.set()")  #pt-print: "Principal: esperando antes de chamar event.set()"
    time.sleep(delay)  # step: main.sleep
    event.set()
    print("Main: the event is set!")  #pt-print: "Principal: o evento foi ativado!"
    blocking.join()
    timed.join()


if __name__ == "__main__":
    import json, sys  # ProcessLab's "Run in Python" passes the lesson's settings as JSON #pt: o "Rodar em Python" do ProcessLab passa em JSON as configurações da lição
    s = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    main(s.get("timeout", 2), s.get("delay", 3))
