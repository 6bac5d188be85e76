#!/usr/bin/env bash
# The whole-process comparison of issue 21: the LAIT ranking job (load, then for every measure and period
# rank every authority with min ties by polarity, type-7 quartile cut points and bands) done by Outturn
# holding the dataset, by Outturn one group at a time in a fixed heap, and by DuckDB through JDBC, each a
# process of its own under /usr/bin/time -v, on the real LAIT file and on synthetic copies 10x and 100x
# its size (generated under benchmarks/target/scale, never committed). Paired runs (the jobs in turn,
# the order rotated each round), medians of wall time and peak RSS. Writes the table into
# docs/performance.md between its scale markers, with the load average of each size's runs.
#
#   benchmarks/scale.sh                           # 1x and 10x, 3 rounds; 100x once (about 20 minutes)
#   OUTTURN_SCALE_SIZES="1 10 100 1000" OUTTURN_SCALE_ROUNDS=5 benchmarks/scale.sh
#   OUTTURN_SCALE_BIG_JOBS="streaming outturn duckdb" benchmarks/scale.sh   # which jobs run above 10x
#
# Heaps: the in-memory job gets OUTTURN_SCALE_HEAP (default 12g), the streaming one 512m at every size.
# DuckDB takes what it needs (its default limit is 80% of the memory): at 100x it held 18.8 GiB in the
# issue's run, so above 10x it runs only when named in OUTTURN_SCALE_BIG_JOBS. 1,000x is 641 million
# rows and about 5 GB of gzip (BEST_SPEED): check `df -h` first.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${OUTTURN_SCALE_SIZES:-"1 10 100"}
rounds=${OUTTURN_SCALE_ROUNDS:-3}
big_rounds=${OUTTURN_SCALE_BIG_ROUNDS:-1}
big_jobs=${OUTTURN_SCALE_BIG_JOBS:-"streaming outturn"}
heap=${OUTTURN_SCALE_HEAP:-12g}
page=${1:-docs/performance.md}
jar=${OUTTURN_SCALE_JAR:-benchmarks/target/benchmarks.jar}   # a copy, to measure while a build rewrites target/
[ -x /usr/bin/time ] || { echo "scale.sh needs /usr/bin/time (GNU time) for peak RSS" >&2; exit 1; }
if [ ! -f "$jar" ]; then
    ./mvnw -B -q package -pl benchmarks -am -DskipTests -Djacoco.skip=true -Dmaven.javadoc.skip=true \
        -Dspotless.check.skip=true -Djapicmp.skip=true
fi
work=benchmarks/target/scale
mkdir -p "$work"
java -cp "$jar" io.github.outturn.benchmarks.LaitPeer data/lait   # both give the same ranks and bands, or stop

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A wall cpu rss
rows=""
for size in $sizes; do
    folder=data/lait
    if [ "$size" != 1 ]; then
        folder=$work/lait-${size}x
        if [ ! -f "$folder/bds_long.csv.gz" ]; then
            echo "generating $folder"
            java -cp "$jar" io.github.outturn.benchmarks.ScaledLait data/lait "$folder" "$size"
        fi
    fi
    jobs="outturn streaming duckdb"
    n=$rounds
    if [ "$size" -gt 10 ]; then jobs=$big_jobs; n=$big_rounds; fi
    read -r -a list <<< "$jobs"
    load_before=$(cut -d' ' -f1 /proc/loadavg)
    for ((round = 0; round < n; round++)); do
        for ((j = 0; j < ${#list[@]}; j++)); do
            job=${list[$(((j + round) % ${#list[@]}))]}
            case $job in
                streaming) opts=(-Xms512m -Xmx512m) ;;
                outturn) opts=(-Xmx"$heap") ;;
                *) opts=() ;;
            esac
            log=$work/time-$size-$job-$round.txt
            /usr/bin/time -v java "${opts[@]}" -cp "$jar" io.github.outturn.benchmarks.LaitJob "$job" "$folder" \
                > "$work/out-$size-$job-$round.txt" 2> "$log"
            cat "$work/out-$size-$job-$round.txt"
            w=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
            c=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$log")
            r=$(awk -F': ' '/Maximum resident set size/ { print $2 / 1024 }' "$log")
            wall[$size-$job]+="$w "
            cpu[$size-$job]+="$c "
            rss[$size-$job]+="$r "
            echo "  $size x $job: $w s wall, $c s CPU, $r MiB peak RSS"
        done
    done
    load_after=$(cut -d' ' -f1 /proc/loadavg)
    values=$(zcat "$folder/bds_long.csv.gz" | tail -n +2 | wc -l)
    cells=""
    for job in outturn streaming duckdb; do
        if [ -n "${wall[$size-$job]:-}" ]; then
            mw=$(echo "${wall[$size-$job]}" | tr ' ' '\n' | grep . | median)
            mc=$(echo "${cpu[$size-$job]}" | tr ' ' '\n' | grep . | median)
            mr=$(echo "${rss[$size-$job]}" | tr ' ' '\n' | grep . | median)
            cells+=$(printf '| %.1f s (CPU %.1f s), %.0f MiB ' "$mw" "$mc" "$mr")
        else
            cells+="| not run "
        fi
    done
    ratio="-"
    if [ -n "${wall[$size-outturn]:-}" ] && [ -n "${wall[$size-duckdb]:-}" ]; then
        ratio=$(awk -v a="$(echo "${wall[$size-outturn]}" | tr ' ' '\n' | grep . | median)" \
                    -v b="$(echo "${wall[$size-duckdb]}" | tr ' ' '\n' | grep . | median)" 'BEGIN { printf "%.2f", a / b }')
    fi
    rows+=$(printf '| %sx (%s values) %s| %s | %s | %s to %s |' "$size" "$(printf "%'d" "$values")" "$cells" "$ratio" \
        "$n" "$load_before" "$load_after")$'\n'
done

table="Written by \`benchmarks/scale.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores; each cell the median"
table+=" wall time, CPU time (user and system: what a loaded machine changes least) and peak RSS"
table+=" (\`/usr/bin/time -v\`) of whole processes, the jobs run in turn. The"
table+=" in-memory job with -Xmx$heap, the streaming one with -Xmx512m, DuckDB with its defaults (every core,"
table+=" up to 80% of the memory). The ratio is Outturn in memory over DuckDB (below 1: Outturn faster)."$'\n\n'
table+="| input | Outturn, in memory | Outturn, one group at a time | DuckDB 2.0 via JDBC | ratio | runs | load average |"$'\n'
table+="|---|---:|---:|---:|---:|---:|---|"$'\n'
table+="$rows"
begin='<!-- scale: written by benchmarks/scale.sh -->'
end='<!-- end of scale -->'
if grep -q "$begin" "$page"; then
    TABLE="$table" awk -v b="$begin" -v e="$end" '
        $0 == b { print; printf "%s", ENVIRON["TABLE"]; skip = 1; next }
        $0 == e { skip = 0 }
        !skip { print }' "$page" > "$page.tmp" && mv "$page.tmp" "$page"
else
    printf '\n%s\n%s%s\n' "$begin" "$table" "$end" >> "$page"
fi
printf '%s' "$table"
echo "Written to $page"
