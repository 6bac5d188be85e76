#!/bin/sh
# Installs what the report module's browser tests need: Debian's chromium (headless screenshots and
# printing to PDF) and poppler-utils (pdftotext). Run by the report module's build before its tests;
# does nothing when both are present, or when it cannot install (not root, no apt-get): the tests
# then fail where this script could have installed them (root with apt-get) or under CI=true, and
# are skipped elsewhere, saying why.
set -u
if command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser.sh: chromium or pdftotext is missing and this is not a root Debian machine;" \
        "not installing them" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
echo "install-browser.sh: installing chromium and poppler-utils with apt-get" >&2
apt-get update -qq >/dev/null || exit 0
# fonts-dejavu-core: a font with the symbols the report uses (status marks, arrows).
apt-get install -y -qq --no-install-recommends chromium poppler-utils fonts-dejavu-core >/dev/null || exit 0
exit 0
