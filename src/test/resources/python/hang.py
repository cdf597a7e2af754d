# A program that never ends by itself: a child with its own child, and a pool whose workers
# sleep. Stop, or the app's death, must end all of them (and the start method's helpers).
import multiprocessing as mp
import sys
import time


def deep():
    time.sleep(1000)


def middle():
    p = mp.Process(target=deep, name="deep")
    p.start()
    time.sleep(1000)


if __name__ == "__main__":
    mp.set_start_method(sys.argv[1] if len(sys.argv) > 1 else "fork")
    mp.Process(target=middle, name="middle").start()
    with mp.Pool(2) as pool:
        print("ready", flush=True)
        pool.map(time.sleep, [1000, 1000])
