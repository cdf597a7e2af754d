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
# Needs jpackage, jlink and jdeps (a JDK 17 or newer: the newest found is bundled, or PROCESSLAB_JDK);
# the .deb also needs dpkg-deb and fakeroot.
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
# see it), the locale data for Portuguese, jdk.management (the window tunes its heap, app.HeapTrim),
# and nothing else. Children need java.base alone.
EXTRA_MODULES=java.desktop,java.logging,java.management,java.xml,jdk.management,jdk.unsupported,jdk.unsupported.desktop,jdk.localedata

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

# The JDK to bundle: PROCESSLAB_JDK when set, else the newest of JAVA_HOME, the JDKs in /usr/lib/jvm
# (and the other usual folders) and the one on PATH that has jpackage, jlink and jdeps. The newer
# the runtime, the faster the app: Java 25 maps ahead-of-time caches of the app and its children.
feature() {   # the feature release of the JDK in $1 (17, 21, 25...), from its release file
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -1
}
pick_jdk() {
    if [[ -n "${PROCESSLAB_JDK:-}" ]]; then echo "$PROCESSLAB_JDK"; return; fi
    local best="" best_f=0 d f
    local on_path; on_path="$(command -v jpackage 2>/dev/null || true)"
    [[ -n "$on_path" ]] && on_path="$(dirname "$(dirname "$(readlink -f "$on_path")")")"
    for d in "${JAVA_HOME:-}" "$on_path" /usr/lib/jvm/* /usr/java/* /opt/java/*; do
        [[ -n "$d" && -x "$d/bin/jpackage" && -x "$d/bin/jlink" && -x "$d/bin/jdeps" ]] || continue
        f="$(feature "$d")"; [[ -n "$f" ]] || continue
        if ((f > best_f)); then best="$(readlink -f "$d")"; best_f=$f; fi
    done
    [[ -n "$best" ]] || { echo "build.sh: no JDK with jpackage found (a JDK 17 or newer; set PROCESSLAB_JDK)" >&2; exit 1; }
    echo "$best"
}
JDK="$(pick_jdk)"
JDK_FEATURE="$(feature "$JDK")"
JPACKAGE="$JDK/bin/jpackage"; JLINK="$JDK/bin/jlink"; JDEPS="$JDK/bin/jdeps"
for t in "$JPACKAGE" "$JLINK" "$JDEPS"; do
    [[ -x "$t" ]] || { echo "build.sh: $t not found" >&2; exit 1; }
done
step() { printf '[%3ss] %s\n' "$SECONDS" "$*"; }
# What the launcher passes to the app's JVM: the app's class cache (made below for the image and
# by the .deb's postinst where it is installed; a missing one is passed over in silence, the app
# then starts as without it) and, from Java 22 on, JavaFX's native access without warnings.
if ((JDK_FEATURE >= 25)); then
    CACHE_FILE=processlab-app.aot
    cache_options=(--java-options "-XX:AOTCache=\$APPDIR/$CACHE_FILE" --java-options '-Xlog:aot=off,cds=off')
else
    CACHE_FILE=processlab-app.jsa
    cache_options=(--java-options "-XX:SharedArchiveFile=\$APPDIR/$CACHE_FILE" --java-options '-Xlog:cds=off')
fi
# The C library gives freed native memory back every 5 s (JavaFX's and the JIT's: over 20 runs the
# window's resident memory grew by 89 MB, its JVM's own count by 12 MB), where the runtime knows
# the flag (17.0.9 and later): the runtime's diagnostic bean offers no commands, so app.HeapTrim's
# own trim does not reach it.
if "$JDK/bin/java" -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1; then
    cache_options+=(--java-options '-XX:TrimNativeHeapInterval=5000')
fi
if ((JDK_FEATURE >= 22)); then
    cache_options+=(--java-options '--enable-native-access=ALL-UNNAMED')
fi
if ((JDK_FEATURE >= 23)); then
    cache_options+=(--java-options '--sun-misc-unsafe-memory-access=allow')   # JavaFX 21's Marlin renderer
fi

cd "$ROOT"
step "JDK to bundle: $JDK (Java $JDK_FEATURE)"
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
    --strip-debug --no-man-pages --no-header-files "--compress=$( ((JDK_FEATURE >= 21)) && echo zip-6 || echo 2)" --generate-cds-archive \
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
    --java-options '-XX:MaxHeapFreeRatio=40' \
    "${cache_options[@]}"
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

# The caches for the image where it lies (after the .deb: its postinst makes its own where it
# installs the app): the children's, then the app's (a training run of half a minute or so).
step "children's class cache"
lib="$IMAGE/lib/app/lib"
"$IMAGE/lib/runtime/bin/java" -cp "$lib/processlab-core.jar:$lib/$GSON_JAR" io.processlab.engine.ChildArchive \
    "$lib/processlab-core.jar" "$lib/$GSON_JAR" "$lib" >/dev/null
step "the app's class cache ($CACHE_FILE)"
# The training JVM must have the launcher's options (the JVM refuses a cache made with other
# module options): the launcher's cfg says them.
launcher_options=()
while IFS= read -r o; do launcher_options+=("${o//\$APPDIR/$IMAGE/lib/app}"); done \
    < <(sed -n 's/^java-options=//p' "$IMAGE/lib/app/$NAME.cfg")
# The training opens the window on the machine's own toolkit (the app holds no headless platform):
# without a display, under xvfb-run if there is one.
display_wrap=()
if [[ -z "${DISPLAY:-}" ]] && command -v xvfb-run >/dev/null; then
    display_wrap=(xvfb-run -a -s "-screen 0 1920x1080x24")
fi
${display_wrap[@]+"${display_wrap[@]}"} "$IMAGE/lib/runtime/bin/java" "${launcher_options[@]}" -cp "$IMAGE/lib/app/processlab.jar" \
    io.processlab.app.bench.AppCache --only window "$IMAGE/lib/app" >/dev/null \
    || echo "       (no app cache: the app starts without it)"

step "done"
echo "       app image $(du -sh "$IMAGE" | cut -f1)  $IMAGE"
for deb in "$OUT"/*.deb; do
    [[ -f "$deb" ]] && echo "       package   $(du -h "$deb" | cut -f1)  $deb"
done
exit 0
