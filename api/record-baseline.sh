#!/usr/bin/env bash
# Records the API baseline that `verify` holds the library modules to (japicmp, see the root pom
# and CONTRIBUTING.md, "API compatibility"): builds the published library jars of one commit in a
# scratch folder and copies them to api/baseline/<artifactId>.jar, with the commit in
# api/baseline/COMMIT. Commit the result: moving the baseline is a deliberate, reviewed change.
#
#   api/record-baseline.sh            # the baseline from HEAD (commit your API change first)
#   api/record-baseline.sh v0.1.0     # from a tag or any commit
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$root" rev-parse --verify "${1:-HEAD}^{commit}")"
modules=(core io-json io-csv report testkit)

scratch="$(mktemp -d "${TMPDIR:-/tmp}/outturn-baseline.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

echo "Building the library jars of $commit in $scratch"
git -C "$root" archive --format=tar "$commit" | tar -x -C "$scratch"
(cd "$scratch" && ./mvnw -B -q package -pl "$(IFS=,; echo "${modules[*]}")" -am \
    -DskipTests -Djacoco.skip=true -Djapicmp.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    -Dcyclonedx.skip=true -Dspotless.check.skip=true)

mkdir -p "$root/api/baseline"
rm -f "$root"/api/baseline/*.jar
for module in "${modules[@]}"; do
    artifact="$(sed -n 's:^  <artifactId>\(.*\)</artifactId>:\1:p' "$scratch/$module/pom.xml" | head -1)"
    jar="$(ls "$scratch/$module/target/$artifact"-*.jar | grep -v -e '-sources' -e '-javadoc' -e '-tests' | head -1)"
    cp "$jar" "$root/api/baseline/$artifact.jar"
    echo "  api/baseline/$artifact.jar  <- $module"
done
printf '%s\n' "$commit" > "$root/api/baseline/COMMIT"
echo "Recorded the API of $commit. Review with git status, then commit api/baseline."
