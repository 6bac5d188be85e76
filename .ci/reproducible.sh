#!/usr/bin/env bash
# Reproducible builds: builds the published artifacts of one commit twice, from clean, in two
# scratch folders with different paths, and compares every jar, POM-less archive and SBOM byte for
# byte. Exit status 0 when all match; 1 listing what differs (and, for a jar, which entries).
# Not part of .ci/run: two full packaging builds take minutes. CONTRIBUTING.md, "Reproducible builds".
#
#   .ci/reproducible.sh            # HEAD
#   .ci/reproducible.sh v0.1.0     # a tag or any commit
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$root" rev-parse --verify "${1:-HEAD}^{commit}")"
# Every published artifact: the library modules, the command line and the BOM.
modules="core,io-json,io-csv,report,testkit,cli,bom"

scratch="$(mktemp -d "${TMPDIR:-/tmp}/outturn-reproducible.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

build() {
    local dir="$scratch/$1"
    mkdir -p "$dir"
    git -C "$root" archive --format=tar "$commit" | tar -x -C "$dir"
    echo "Build $1 of $commit in $dir" >&2
    (cd "$dir" && ./mvnw -B -q clean package -pl "$modules" -am \
        -DskipTests -Djacoco.skip=true -Djapicmp.skip=true -Dspotless.check.skip=true)
    (cd "$dir" && find . -path '*/target/*' -maxdepth 3 -type f \
        \( -name '*.jar' -o -name 'bom.json' -o -name 'bom.xml' \) | sort)
}

build first > "$scratch/first.list"
build second-build > "$scratch/second.list"

if ! diff -q "$scratch/first.list" "$scratch/second.list" > /dev/null; then
    echo "The two builds made different sets of files:"
    diff "$scratch/first.list" "$scratch/second.list" || true
    exit 1
fi

different=0
while read -r file; do
    if cmp -s "$scratch/first/$file" "$scratch/second-build/$file"; then
        echo "same       $(sha256sum < "$scratch/first/$file" | cut -c1-16)  ${file#./}"
    else
        different=$((different + 1))
        echo "DIFFERENT  ${file#./}"
        if [[ "$file" == *.jar ]] && command -v unzip > /dev/null; then
            diff <(unzip -lv "$scratch/first/$file" | awk 'NF >= 8 {print $7, $8, $5, $6}') \
                <(unzip -lv "$scratch/second-build/$file" | awk 'NF >= 8 {print $7, $8, $5, $6}') \
                | head -20 || true
        fi
    fi
done < "$scratch/first.list"

count="$(wc -l < "$scratch/first.list")"
if [[ "$different" -gt 0 ]]; then
    echo "$different of $count files differ between two builds of $commit: not reproducible."
    exit 1
fi
echo "All $count files are identical in two builds of $commit: reproducible."
