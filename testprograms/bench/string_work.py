# Benchmark: string work (join, split, format, replace, slicing).
import sys
import time
def run(n):
    checksum = 0
    for i in range(n):
        line = ",".join([str(i), "name%d" % i, "{:08.3f}".format(i / 7), f"{i:x}"])
        parts = line.split(",")
        rebuilt = "|".join(p.upper() for p in parts)
        rebuilt = rebuilt.replace("NAME", "n")
        checksum = (checksum + len(rebuilt) * 31 + ord(rebuilt[len(rebuilt) // 2])) % 1000003
    words = ("lorem ipsum dolor sit amet " * 2000).split()
    text = " ".join(reversed(words))
    return checksum, len(text), text[:20], text.count("dolor")


def main(iterations):
    result = None
    for _ in range(iterations):
        t0 = time.perf_counter()
        result = run(60000)
        sys.stderr.write("bench-iteration %.6f\n" % (time.perf_counter() - t0))
    print(result)


main(6)
