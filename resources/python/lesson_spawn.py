# ProcessLab: the "spawn" demo in Python (multiprocessing), for comparison. #pt: ProcessLab: a demonstração "spawn" em Python (multiprocessing), para comparar.
import os
import multiprocessing as mp

MARKER = 0


def describe(greeting):
    print(f"Child: pid={os.getpid()}, parent pid={os.getppid()}")  # step: describe.start #pt-print: f"Filho: pid={os.getpid()}, pid do pai={os.getppid()}"
    print(f"Child: got {greeting!r}; its MARKER is {MARKER}")  #pt-print: f"Filho: recebeu {greeting!r}; o seu MARKER é {MARKER}"


def main(greeting="olá"):
    global MARKER
    MARKER = 42
    ctx = mp.get_context("spawn")  # a new interpreter; "fork" would copy this one #pt: um interpretador novo; "fork" copiaria este
    child = ctx.Process(target=describe, args=(greeting,))
    child.start()  # step: main.start
    child.join()
    print(f"Parent: pid={os.getpid()}, MARKER={MARKER}")  #pt-print: f"Pai: pid={os.getpid()}, MARKER={MARKER}"


if __name__ == "__main__":
    main()
