#!/usr/bin/env bash
# Builds ProcessLab as a desktop application with its own Java runtime (jpackage, JDK 17+).
#
#   installer/build.sh             app image and .deb (runs `mvn package` first)
#   installer/build.sh --image     the app image only
#   installer/build.sh --no-maven  use target/ as an earlier `mvn package` left it
#
# Output, in installer/out/:
#   image/ProcessLab/                   the app image: bin/ProcessLab, lib/app (jars), lib/runtime
#   processlab_VERSION-1_amd64.deb      the Debian package (installs to /opt/processlab)
# Needs jpackage, jlink and jdeps (a JDK 17 or newer); the .deb also needs dpkg-deb and fakeroot.
# See installer/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/installer/out"
NAME=ProcessLab
PACKAGE=processlab
APP_DIR="/opt/$PACKAGE"                       # where the .deb installs the app image
MAIN_CLASS=io.processlab.app.Main
ICON="resources/icons/processlab.png"
VENDOR="ProcessLab project"
DESCRIPTION="See how operating-system processes cooperate, with real child processes, live"
MAINTAINER="${PROCESSLAB_MAINTAINER:-processlab@example.org}"
# Beside what jdeps finds: what JavaFX needs (it stays on the classpath as jars, so jdeps cannot
# see it), the locale data for Portuguese, and nothing else. Children need java.base alone.
EXTRA_MODULES=java.desktop,java.logging,java.xml,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata

image_only=false
maven=true
for a in "$@"; do
    case "$a" in
        --image) image_only=true ;;
        --no-maven) maven=false ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option $a (try --help)" >&2; exit 2 ;;
    esac
done

tool() {   # a JDK tool: from JAVA_HOME when it is set, else from PATH
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then echo "$JAVA_HOME/bin/$1"; return; fi
    command -v "$1" || { echo "build.sh: $1 not found (it comes with a JDK 17 or newer)" >&2; exit 1; }
}
JPACKAGE="$(tool jpackage)"; JLINK="$(tool jlink)"; JDEPS="$(tool jdeps)"
step() { printf '[%3ss] %s\n' "$SECONDS" "$*"; }

cd "$ROOT"
if $maven; then
    step "mvn package"
    mvn -B -q package -DskipTests
fi
[[ -f target/processlab.jar && -f target/lib/processlab-core.jar ]] \
    || { echo "build.sh: no target/processlab.jar; run mvn package first" >&2; exit 1; }

# The version from the pom, as jpackage wants it (digits and dots: 0.2.0-SNAPSHOT gives 0.2.0).
VERSION="$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)"
VERSION="$(grep -oE '^[0-9]+(\.[0-9]+){0,2}' <<<"$VERSION")"
GSON_JAR="$(cd target/lib && ls gson-*.jar)"

rm -rf "$OUT/input" "$OUT/runtime" "$OUT/image" "$OUT/deb-resources"
$image_only || rm -f "$OUT"/*.deb
mkdir -p "$OUT/input/lib"
# The launcher jar and lib/ as `mvn package` made them, without the children's archive (made
# again below for the image's own paths and runtime).
cp target/processlab.jar "$OUT/input/"
cp target/lib/*.jar "$OUT/input/lib/"

step "jdeps: modules the jars use"
fx_modules="$(find target/lib -name 'javafx-*.jar' -size +2k | paste -sd: -)"
found="$("$JDEPS" --multi-release 17 --ignore-missing-deps --print-module-deps --module-path "$fx_modules" \
    "$OUT/input/processlab.jar" "$OUT/input/lib/processlab-core.jar" "$OUT/input/lib/$GSON_JAR" \
    "$OUT"/input/lib/controlsfx-*.jar 2>/dev/null | tail -1)"
MODULES="$(tr ',' '\n' <<<"$found,$EXTRA_MODULES" | grep -v '^javafx\.' | sort -u | paste -sd, -)"
echo "       $MODULES"

step "jlink: the runtime, with bin/java (children run it)"
# No --strip-native-commands: a child is `lib/runtime/bin/java ... ChildMain`.
"$JLINK" --add-modules "$MODULES" --include-locales=en,pt \
    --strip-debug --no-man-pages --no-header-files --compress=2 --generate-cds-archive \
    --output "$OUT/runtime" >/dev/null
# The second default CDS archive serves only heaps over 32 GB.
rm -f "$OUT/runtime/lib/server/classes_nocoops.jsa"

step "jpackage: app image"
common=(--name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION"
        --copyright "ProcessLab project")
"$JPACKAGE" --type app-image --dest "$OUT/image" "${common[@]}" \
    --input "$OUT/input" --main-jar processlab.jar --main-class "$MAIN_CLASS" \
    --runtime-image "$OUT/runtime" --icon "$ICON" \
    --java-options '-Dfile.encoding=UTF-8' \
    --java-options '-XX:InitialHeapSize=64m' \
    --java-options '-XX:MinHeapFreeRatio=15' \
    --java-options '-XX:MaxHeapFreeRatio=40'
# The heap starts small and gives memory back sooner than the defaults on a big machine (these
# start at 1/64 of the RAM): bench --ui's peak resident memory 460 -> 342 MB, frames the same.
IMAGE="$OUT/image/$NAME"
rm -rf "$OUT/input" "$OUT/runtime"

if ! $image_only; then
    step "jpackage: .deb"
    mkdir -p "$OUT/deb-resources"
    mime_icon="$(sed -n 's|^mime-type=||p' installer/processlab-run.properties | tr / -)"
    for f in installer/linux/*; do
        sed -e "s|@APP_DIR@|$APP_DIR|g" -e "s|@LIB@|$APP_DIR/lib/app/lib|g" -e "s|@GSON_JAR@|$GSON_JAR|g" \
            -e "s|@MIME_ICON@|$mime_icon|g" \
            "$f" > "$OUT/deb-resources/$(basename "$f")"
    done
    "$JPACKAGE" --type deb --dest "$OUT" "${common[@]}" --app-image "$IMAGE" \
        --linux-package-name "$PACKAGE" --install-dir /opt \
        --linux-deb-maintainer "$MAINTAINER" --linux-app-category education \
        --linux-menu-group Education --linux-shortcut --linux-package-deps libgtk-3-0 \
        --file-associations installer/processlab-run.properties \
        --resource-dir "$OUT/deb-resources"
    rm -rf "$OUT/deb-resources"
fi

# The children's archive for the image where it lies (after the .deb: its postinst makes its own).
step "children's class-data-sharing archive"
lib="$IMAGE/lib/app/lib"
"$IMAGE/lib/runtime/bin/java" -cp "$lib/processlab-core.jar:$lib/$GSON_JAR" io.processlab.engine.ChildArchive \
    "$lib/processlab-core.jar" "$lib/$GSON_JAR" "$lib/processlab-child.jsa" >/dev/null

step "done"
echo "       app image $(du -sh "$IMAGE" | cut -f1)  $IMAGE"
for deb in "$OUT"/*.deb; do
    [[ -f "$deb" ]] && echo "       package   $(du -h "$deb" | cut -f1)  $deb"
done
exit 0
