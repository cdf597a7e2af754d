import multiprocessing as mp


def boom():
    raise ValueError("no luck")


if __name__ == "__main__":
    p = mp.Process(target=boom, name="boomer")
    p.start()
    p.join()
    print("child exit code", p.exitcode)
