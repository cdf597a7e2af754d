# ProcessLab: the "deadlock" lesson in Python (multiprocessing), for comparison. #pt: ProcessLab: a lição "deadlock" em Python (multiprocessing), para comparar.
import time
from multiprocessing import Process, Lock, current_process


def work(first, first_name, second, second_name, pause, timeout):
    me = current_process().name
    with first:  # step: worker.first
        print(f"{me} took {first_name}")  #pt-print: f"{me} pegou a trava {first_name}"
        time.sleep(pause)
        print(f"{me} wants {second_name}")  #pt-print: f"{me} quer a trava {second_name}"
        got = second.acquire(timeout=timeout or None)  # step: worker.second
        if not got:
            print(f"{me} gave up waiting for {second_name}")  #pt-print: f"{me} desistiu de esperar pela trava {second_name}"
            return
        print(f"{me} got both locks")  #pt-print: f"{me} pegou as duas travas"
        second.release()


def main(same_order=False, pause=0.5, timeout=5):
    a, b = Lock(), Lock()
    one = Process(name="worker-1", target=work, args=(a, "A", b, "B", pause, timeout))
    if same_order:
        two = Process(name="worker-2", target=work, args=(a, "A", b, "B", pause, timeout))
    else:
        two = Process(name="worker-2", target=work, args=(b, "B", a, "A", pause, timeout))
    one.start()  # step: main.start
    two.start()
    one.join()
    two.join()


if __name__ == "__main__":
    import json, sys  # ProcessLab's "Run in Python" passes the lesson's settings as JSON #pt: o "Rodar em Python" do ProcessLab passa em JSON as configurações da lição
    s = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    main(s.get("same_order", False), s.get("pause", 0.5), s.get("timeout", 5))
