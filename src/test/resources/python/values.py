# The values a card shows: each is sent on a pipe and put on a queue, and the program prints what
# Python itself says of it: repr(), or, for an object whose class says itself by __str__ alone
# (the notebook's Task), what print shows. ValueCardsTest checks the cards against these lines.
from multiprocessing import Pipe, Queue


class Task(object):
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __str__(self):
        return "%d * %d" % (self.a, self.b)


if __name__ == "__main__":
    here, there = Pipe()
    q = Queue()
    values = ["0 * 0 = 0", "it's", 'say "hi"', "Jo\u00e3o\tok", 42, 2.5, None, True, (0, 0), [1, "a"],
              {"k": "v"}, b"xy", Task(3, 3)]
    for v in values:
        here.send(v)
        there.recv()
        q.put(v)
        q.get()
        print(v if isinstance(v, Task) else repr(v))
