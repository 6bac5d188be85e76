#!/usr/bin/env python3
"""Whole-process timings of the command line beside its floors, in paired runs, with medians.

Each pair runs a command and its floor one after the other, alternating which goes first, so that a
busy machine slows both alike; the medians of wall time and of CPU time (user + system) are printed
with their ratio, and the load average before and after. CPU time is the steadier figure on a shared
machine. From the repository root, after `./mvnw -B -q package -pl cli,benchmarks -am -DskipTests`:

    python3 benchmarks/cli-processes.py            # 7 pairs of each
    python3 benchmarks/cli-processes.py 15 help    # 15 pairs of the start-up pair only

Pairs: help (`outturn --help`, with the class-data archive when the build made one, against
`java -version`), assess (`outturn assess data/lait --area 356` against the library doing the same in
one process, `CliPipelines assess356`), all (`--area all` against `CliPipelines assessAll`), validate
(`outturn validate data/lait` against loading the folder, `CliPipelines load`).
"""
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "cli", "target", "outturn.jar")
ARCHIVE = os.path.join(ROOT, "cli", "target", "outturn.jsa")
BENCH = os.path.join(ROOT, "benchmarks", "target", "benchmarks.jar")
LAIT = os.environ.get("OUTTURN_LAIT_DIR", os.path.join(ROOT, "data", "lait"))


def outturn(*args):
    cds = ["-XX:SharedArchiveFile=" + ARCHIVE, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
    return ["java"] + (cds if os.path.exists(ARCHIVE) else []) + ["-jar", JAR] + list(args)


def library(job):
    return ["java", "-cp", BENCH, "io.github.outturn.benchmarks.CliPipelines", job, LAIT]


PAIRS = {
    "help": (outturn("--help"), ["java", "-version"]),
    "assess": (outturn("assess", LAIT, "--area", "356"), library("assess356")),
    "all": (outturn("assess", LAIT, "--area", "all", "--format", "csv"), library("assessAll")),
    "validate": (outturn("validate", LAIT), library("load")),
}


def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    names = sys.argv[2:] or list(PAIRS)
    print("load average before:", " ".join(f"{x:.2f}" for x in os.getloadavg()))
    print(f"{'pair':10s} {'command wall':>13s} {'floor wall':>11s} {'ratio':>6s}"
          f" {'command cpu':>12s} {'floor cpu':>10s} {'ratio':>6s}   (medians of {n} pairs)")
    for name in names:
        command, floor = PAIRS[name]
        cw, cc, fw, fc = [], [], [], []
        for i in range(n):
            order = [(command, cw, cc), (floor, fw, fc)]
            for cmd, walls, cpus in order if i % 2 == 0 else reversed(order):
                w, c = run(cmd)
                walls.append(w)
                cpus.append(c)
        mcw, mfw = statistics.median(cw), statistics.median(fw)
        mcc, mfc = statistics.median(cc), statistics.median(fc)
        print(f"{name:10s} {mcw:12.2f}s {mfw:10.2f}s {mcw / mfw:6.2f} {mcc:11.2f}s {mfc:9.2f}s {mcc / mfc:6.2f}")
    print("load average after: ", " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
