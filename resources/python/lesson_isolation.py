# ProcessLab: the "isolation" demo in Python (multiprocessing), for comparison. #pt: ProcessLab: a demonstração "isolation" em Python (multiprocessing), para comparar.
# Run it: python3 lesson_isolation.py [fork|spawn|forkserver]. With fork (Linux's default up to #pt: Para rodar: python3 lesson_isolation.py [fork|spawn|forkserver]. Com fork (o padrão do Linux até o
# Python 3.13) the child starts as a copy of the parent and sees global=42; with spawn (the #pt: Python 3.13) o filho começa como cópia do pai e vê global=42; com spawn (o
# default on Windows and macOS) it is a new interpreter that imports this file and sees 0. #pt: padrão no Windows e no macOS) ele é um interpretador novo que importa este arquivo e vê 0.
import sys
import multiprocessing

GLOBAL = 0


def change(counter, items, times, back):
    global GLOBAL
    print(f"Child got: counter={counter}, list={items}, global={GLOBAL}")  #pt-print: f"Filho recebeu: contador={counter}, lista={items}, global={GLOBAL}"
    for _ in range(times):
        counter += 1
        items.append(len(items) + 1)
    GLOBAL = 99  # step: change.changed
    print(f"Child changed its copies: counter={counter}, list={items}, global={GLOBAL}")  #pt-print: f"Filho mudou as suas cópias: contador={counter}, lista={items}, global={GLOBAL}"
    back.put({"counter": counter, "list": items})


def main(increments=3, method=None):
    global GLOBAL
    ctx = multiprocessing.get_context(method)
    print(f"start method: {ctx.get_start_method()}")  #pt-print: f"método de início: {ctx.get_start_method()}"
    counter, items, GLOBAL = 0, [1, 2, 3], 42
    back = ctx.Queue()
    print(f"Parent before: counter={counter}, list={items}, global={GLOBAL}")  #pt-print: f"Pai antes: contador={counter}, lista={items}, global={GLOBAL}"
    child = ctx.Process(target=change, args=(counter, items, increments, back))
    child.start()
    sent = back.get()
    child.join()  # step: main.join
    print(f"Parent after: counter={counter}, list={items}, global={GLOBAL}")  #pt-print: f"Pai depois: contador={counter}, lista={items}, global={GLOBAL}"
    print("What the child sent back:", sent)  #pt-print: "O que o filho devolveu:"


if __name__ == "__main__":
    main(method=sys.argv[1] if len(sys.argv) > 1 else None)
