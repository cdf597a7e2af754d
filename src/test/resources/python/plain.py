# No multiprocessing at all: one process, one lane.
import time
for i in range(3):
    print("line", i)
time.sleep(0.01)
print("part", end="")
print("ial")
