#!/usr/bin/env bash
# Run Apache Jena's SHACL validator from Debian's libapache-jena-java.
#   benchmarks/jena_shacl.sh --shapes SHAPES.ttl --data DATA.ttl [--text]
# Debian's jars do not run with -cp '/usr/share/java/*' (see shared/guides/peers.md):
#  1. that folder holds every SLF4J binding: build the classpath from the package's dependency
#     closure, drop slf4j*/log4j* jars, add back slf4j-api and slf4j-simple;
#  2. the shaded Xerces classes live under xerces.* but their .properties stayed under
#     org/apache/jena/ext/xerces/: extract them and put a folder with them under xerces/ first.
# Needs: apt-get update && apt-get install -y libapache-jena-java (and a Java runtime).
set -euo pipefail
CACHE="${JENA_CP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/srkg-jena}"
if ! dpkg -s libapache-jena-java >/dev/null 2>&1; then
    echo "jena_shacl.sh: libapache-jena-java is not installed (apt-get install -y libapache-jena-java)" >&2
    exit 2
fi
if [ ! -s "$CACHE/classpath" ]; then
    mkdir -p "$CACHE/fix"
    pkgs=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
             --no-replaces --no-enhances libapache-jena-java 2>/dev/null | grep -v '^ ' | sort -u)
    jars=$(for p in $pkgs; do dpkg -L "$p" 2>/dev/null || true; done | grep -E '\.jar$' | sort -u |
           grep -v -E '/(slf4j|log4j)[^/]*\.jar$' || true)
    # keep only existing files, no duplicate versioned names of the same jar
    cp_list=""
    for j in $jars; do [ -f "$j" ] && cp_list="$cp_list:$j"; done
    cp_list="$cp_list:/usr/share/java/slf4j-api.jar:/usr/share/java/slf4j-simple.jar"
    # Xerces resources
    tmp=$(mktemp -d)
    python3 - "$tmp" <<'PY'
import sys, zipfile
with zipfile.ZipFile("/usr/share/java/jena-core.jar") as z:
    for n in z.namelist():
        if n.startswith("org/apache/jena/ext/xerces/") and n.endswith(".properties"):
            z.extract(n, sys.argv[1])
PY
    if [ -d "$tmp/org/apache/jena/ext/xerces" ]; then
        rm -rf "$CACHE/fix/xerces"
        cp -r "$tmp/org/apache/jena/ext/xerces" "$CACHE/fix/xerces"
    fi
    rm -rf "$tmp"
    echo "$CACHE/fix${cp_list}" > "$CACHE/classpath"
fi
exec java ${JAVA_OPTS:--Xmx4g} -cp "$(cat "$CACHE/classpath")" shacl.shacl_validate "$@"
