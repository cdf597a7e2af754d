# ProcessLab: the "pipe" lesson in Python (multiprocessing), for comparison. #pt: ProcessLab: a lição "pipe" em Python (multiprocessing), para comparar.
from multiprocessing import Process, Pipe


def sender(end, message):
    end.send(message)  # step: sender.send
    end.close()


def communicator(end):
    end.send({"name": "João", "spam": 42})  # step: communicator.send
    answer = end.recv()  # step: communicator.recv
    print("Communicator received:", answer)  #pt-print: "Comunicador recebeu:"


def main(message=("spam", 42, "ovos"), word="spam"):
    mine, theirs = Pipe()  # ProcessLab's panel: pipe-1.a (mine) and pipe-1.b (theirs) #pt: no painel do ProcessLab: pipe-1.a (mine) e pipe-1.b (theirs)
    p1 = Process(target=sender, args=(theirs, list(message)))
    p1.start()
    print("Parent received:", mine.recv())  # step: main.recv1 #pt-print: "Pai recebeu:"
    mine.close()

    mine, theirs = Pipe()  # ProcessLab's panel: pipe-2.a (mine) and pipe-2.b (theirs) #pt: no painel do ProcessLab: pipe-2.a (mine) e pipe-2.b (theirs)
    p2 = Process(target=communicator, args=(theirs,))
    p2.start()
    print("Parent received:", mine.recv())  # step: main.recv2 #pt-print: "Pai recebeu:"
    mine.send({letter * 2 for letter in word})  # step: main.send
    p2.join()
    p1.join()
    print("Parent done")  #pt-print: "Pai terminou"


if __name__ == "__main__":
    import json, sys  # ProcessLab's "Run in Python" passes the lesson's settings as JSON #pt: o "Rodar em Python" do ProcessLab passa em JSON as configurações da lição
    s = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    main(tuple(s.get("message", ["spam", 42, "ovos"])), s.get("word", "spam"))
