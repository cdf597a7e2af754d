# ProcessLab: the "isolation" demo in Python (multiprocessing), for comparison.
from multiprocessing import Process, Queue

GLOBAL = 0


def change(counter, items, times, back):
    global GLOBAL
    print(f"Child got: counter={counter}, list={items}, global={GLOBAL}")
    for _ in range(times):
        counter += 1
        items.append(len(items) + 1)
    GLOBAL = 99  # step: change.changed
    print(f"Child changed its copies: counter={counter}, list={items}, global={GLOBAL}")
    back.put({"counter": counter, "list": items})


def main(increments=3):
    global GLOBAL
    counter, items, GLOBAL = 0, [1, 2, 3], 42
    back = Queue()
    print(f"Parent before: counter={counter}, list={items}, global={GLOBAL}")
    child = Process(target=change, args=(counter, items, increments, back))
    child.start()
    sent = back.get()
    child.join()  # step: main.join
    print(f"Parent after: counter={counter}, list={items}, global={GLOBAL}")
    print("What the child sent back:", sent)


if __name__ == "__main__":
    main()
