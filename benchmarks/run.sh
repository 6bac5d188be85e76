#!/usr/bin/env bash
# Runs every benchmark and writes the results, each beside its floor with the ratio, into
# docs/performance.md (about 35 minutes on 2 cores). The benchmarks a goal is judged on run in 3 forks
# of 6 measured iterations, each after a full collection, so that their error is under 10% of their
# score; a goal gets a verdict only when it is. The others run in a short configuration.
#
#   benchmarks/run.sh                      # from the repository root
#   OUTTURN_BENCH_ITERATIONS=5 benchmarks/run.sh   # also _WARMUP, _SECONDS, _LAIT_WARMUP, _FORKS,
#                                                  # _GOAL_FORKS, _GOAL_ITERATIONS, _PARALLEL_GC=false
#
# The LAIT benchmarks read the repository's data/lait (or OUTTURN_LAIT_DIR); without it they are
# skipped with a message and the rest still run. Never part of the test run: `verify` only compiles them.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -pl benchmarks -am -DskipTests -Djacoco.skip=true -Dmaven.javadoc.skip=true \
    -Dspotless.check.skip=true
java -Xmx1g \
    -Doutturn.lait.dir="${OUTTURN_LAIT_DIR:-data/lait}" \
    -Doutturn.bench.warmup="${OUTTURN_BENCH_WARMUP:-4}" \
    -Doutturn.bench.iterations="${OUTTURN_BENCH_ITERATIONS:-3}" \
    -Doutturn.bench.seconds="${OUTTURN_BENCH_SECONDS:-2}" \
    -Doutturn.bench.laitWarmup="${OUTTURN_BENCH_LAIT_WARMUP:-5}" \
    -Doutturn.bench.forks="${OUTTURN_BENCH_FORKS:-1}" \
    -Doutturn.bench.goalForks="${OUTTURN_BENCH_GOAL_FORKS:-3}" \
    -Doutturn.bench.goalIterations="${OUTTURN_BENCH_GOAL_ITERATIONS:-6}" \
    -Doutturn.bench.parallelGc="${OUTTURN_BENCH_PARALLEL_GC:-true}" \
    -jar benchmarks/target/benchmarks.jar "${1:-docs/performance.md}"
