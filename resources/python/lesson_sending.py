# ProcessLab: the "sending" demo in Python (multiprocessing), for comparison.
import io
import pickle
from multiprocessing import Process, Pipe


def echo(end):
    while True:
        try:
            end.send(end.recv())
        except EOFError:
            return


def main():
    mine, theirs = Pipe()
    child = Process(target=echo, args=(theirs,))
    child.start()
    theirs.close()
    cyclic = ["me"]
    cyclic.append(cyclic)
    samples = {"list": ["spam", 42, "ovos"], "map": {"name": "João"}, "set": {"aa", "bb"},
               "lambda": lambda x: x * 2, "stream": io.BytesIO(b"\x01\x02"), "cycle": cyclic}
    for name, value in samples.items():
        try:
            mine.send(value)  # step: main.send
            print(f"{name}: sent, received back {mine.recv()!r}")
        except (pickle.PicklingError, TypeError, AttributeError) as refused:
            print(f"{name}: refused: {refused}")
    mine.close()
    child.join()


if __name__ == "__main__":
    main()
