#!/usr/bin/env bash
# Turns the build into an installable app with the JDK's jpackage (see README.md beside this file):
#   build.sh app-image   -> target/eventscope/ (run target/eventscope/bin/eventscope)
#   build.sh deb         -> target/eventscope_<version>_<arch>.deb (builds the app-image first)
# The app jar and its libraries (console-app/target/) are built first when missing or stale.
#   JAVA_HOME  the JDK whose jpackage/jdeps/jlink to use (default: the ones on the PATH)
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$here/target"
image="$target/eventscope"
app="$root/console-app/target"
jdk_bin="${JAVA_HOME:+$JAVA_HOME/bin/}"
main_class="dev.eventscope.console.Launcher"

# Modules jdeps cannot see: loaded by reflection or a service loader, or needed by JavaFX's
# Swing bridge (java.desktop), TLS to a real MongoDB/Kafka (jdk.crypto.ec), mongodb+srv look-ups
# (jdk.naming.dns), and what the Kafka broker, Netty, Jetty and the JDBC driver reach at run time.
extra_modules="java.desktop,java.management,java.naming,java.net.http,java.sql,java.instrument,\
java.security.jgss,jdk.crypto.ec,jdk.naming.dns,jdk.unsupported,jdk.zipfs,jdk.management"

usage() {
  echo "usage: $0 app-image|deb" >&2
  exit 2
}

log() { echo "build.sh: $*" >&2; }

# The launcher script at the root rebuilds the app when a source is newer than the jar, then
# runs it: asking it for the version both builds what is stale and tells the version to package.
app_version() {
  local line version
  line="$("$root/eventscope" --version)"
  version="${line#eventscope }"
  version="${version%% *}"
  # jpackage wants numbers only: 0.1.0-SNAPSHOT -> 0.1.0.
  version="${version%%-*}"
  [[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { log "cannot read a version from '$line'"; exit 1; }
  echo "$version"
}

# jpackage copies everything under --input into the image: give it the app jar and the jars its
# manifest's Class-Path names (lib/ may still hold jars of versions the build no longer uses).
stage_input() {
  local input="$1" jar
  rm -rf "$input"
  mkdir -p "$input/lib"
  cp "$app/eventscope.jar" "$input/"
  (cd "$input" && "${jdk_bin}jar" xf eventscope.jar META-INF/MANIFEST.MF)
  # Manifest lines are CRLF and wrap at 72 bytes, continuing on lines that start with a space.
  for jar in $(tr -d '\r' <"$input/META-INF/MANIFEST.MF" | awk '
      /^Class-Path: / { on = 1; cp = substr($0, 13); next }
      on && /^ / { cp = cp substr($0, 2); next }
      { on = 0 }
      END { print cp }'); do
    cp "$app/$jar" "$input/lib/"
  done
  rm -rf "$input/META-INF"
}

runtime_modules() {
  local input="$1" found
  # --recursive from the app jar: handing jdeps the library jars themselves makes it resolve
  # their module-info requirements, which some optional ones (Netty's codecs) cannot satisfy.
  found="$("${jdk_bin}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --recursive --class-path "$input/lib/*" "$input/eventscope.jar")"
  echo "$found,$extra_modules" | tr , '\n' | sort -u | paste -sd, -
}

build_app_image() {
  local version="$1" input="$target/input" modules
  stage_input "$input"
  modules="$(runtime_modules "$input")"
  log "app-image $version with modules $modules"
  rm -rf "$image"
  "${jdk_bin}jpackage" --type app-image --dest "$target" --name eventscope \
    --app-version "$version" --vendor Eventscope \
    --description "Operations console and simulator for event-driven CQRS systems" \
    --icon "$here/eventscope.png" \
    --input "$input" --main-jar eventscope.jar --main-class "$main_class" \
    --add-modules "$modules" \
    --jlink-options "--strip-native-commands --strip-debug --no-man-pages --no-header-files --compress=2"
  rm -rf "$input"
  log "built $image ($(du -sh "$image" | cut -f1))"
}

build_deb() {
  local version="$1"
  build_app_image "$version"
  rm -f "$target"/eventscope_*.deb
  # gzip instead of dpkg-deb's default xz: about 25 s instead of 90 s, for a somewhat larger file.
  DPKG_DEB_COMPRESSOR_TYPE=gzip "${jdk_bin}jpackage" --type deb --dest "$target" \
    --app-image "$image" --name eventscope --app-version "$version" --vendor Eventscope \
    --description "Operations console and simulator for event-driven CQRS systems" \
    --icon "$here/eventscope.png" --resource-dir "$here/resources" \
    --linux-package-name eventscope \
    --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1" \
    --linux-shortcut --linux-menu-group Development --linux-app-category devel
  log "built $(ls "$target"/eventscope_*.deb)"
}

[[ $# -eq 1 && ( "$1" == app-image || "$1" == deb ) ]] || usage
version="$(app_version)"
case "$1" in
  app-image) build_app_image "$version" ;;
  deb) build_deb "$version" ;;
esac
