#!/usr/bin/env bash
# Builds VAE Explorer's app-image and the host system's installer (.deb on Linux, .msi on Windows with WiX 3 on
# PATH, .dmg on macOS) from the same Maven build, with JDK 17+'s jpackage.
#   packaging/build-installers.sh            app-image and installer
#   packaging/build-installers.sh app-image  app-image only
# Output: target/installer/ (the app-image folder "VAE Explorer" and the installer file).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -1)

command -v unzip >/dev/null || { echo "build-installers: unzip is needed (apt-get install unzip)" >&2; exit 2; }
command -v jpackage >/dev/null || { echo "build-installers: jpackage (JDK 17+) is needed on PATH" >&2; exit 2; }
./mvnw -B -q package -DskipTests

# ZGC keeps collections from stalling the window while training; on Windows it needs 10 version 1803 or later,
# so the Windows launcher keeps G1 with a young generation large enough that a preset's training rarely collects.
# The soft limit keeps ZGC collecting instead of growing the heap towards -Xmx in a long run (decision 0025).
gc=(--java-options '-XX:+UseZGC' --java-options '-XX:SoftMaxHeapSize=256m')
case "$(uname -s)" in
  Linux*) os=linux; fx=linux; natives='*.so*'; installer=deb; icon=assets/icons/vae-explorer-256.png
    file_icon=assets/icons/vae-explorer-128.png ;;
  Darwin*) os=mac; fx=mac; natives='*.dylib'; installer=dmg; icon=assets/icons/vae-explorer.icns ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; fx=win; natives='*.dll'; installer=msi; icon=assets/icons/vae-explorer.ico
    gc=(--java-options '-Xmn512m') ;;
  *) echo "unsupported system $(uname -s)" >&2; exit 2 ;;
esac
# The files' icon: jpackage installs it on Linux as a 128-pixel mime-type icon.
file_icon=${file_icon:-$icon}

work=target/jpackage
out=target/installer
rm -rf "$work" "$out"
mkdir -p "$work/input/natives" "$work/fxmods" "$out"
cp target/vae-explorer.jar "$work/input/"
# The bundled lessons go beside the jar, where the app looks for them.
mkdir -p "$work/input/assets/lessons"
cp assets/lessons/*.vaelesson "$work/input/assets/lessons/"
for jar in target/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-"$fx"*.jar) cp "$jar" "$work/fxmods/" ;;   # JavaFX goes into the runtime as modules
    javafx-*) ;;                                         # the empty platform-neutral JavaFX jars
    # ND4J's dependencies from which the app loads no class (its window, training, lessons and render, logged
    # with -Xlog:class+load; decision 0031): SameDiff's serialisation, system probes, MKL's bindings (the app
    # uses OpenBLAS) and the empty "-platform" jars. 18 MB.
    byteunits-*|commons-codec-*|commons-collections4-*|commons-compress-*|commons-net-*|flatbuffers-*|jackson-*|\
    jna-*|neoitertools-*|oshi-*|protobuf-*|threetenbp-*|mkl-*|*-platform-*|nd4j-presets-common-*) ;;
    *) cp "$jar" "$work/input/" ;;
  esac
done
# Ship ND4J's and OpenBLAS's native libraries unpacked, so that the first start does not extract hundreds of
# megabytes into the user's home (JavaCPP's cache); the jars that held them are then not needed.
for jar in "$work"/input/*-"$os"-*.jar "$work"/input/*-macosx-*.jar "$work"/input/*-windows-*.jar; do
  [ -f "$jar" ] || continue
  case "$(basename "$jar")" in
    nd4j-native-*|openblas-*|javacpp-*)
      unzip -q -o -j "$jar" "$natives" -d "$work/input/natives" || [ $? -eq 11 ]  # 11: no such files in it
      rm "$jar" ;;
  esac
done
if ! ls "$work"/input/natives/*jnind4jcpu* >/dev/null 2>&1; then
  echo "build-installers: ND4J's native library was not found in its jar" >&2
  exit 1
fi
# libnd4jcpu.so carries 22 MB of symbol tables that only a debugger reads; the dynamic symbols stay.
if [ "$os" = linux ]; then
  if command -v strip >/dev/null; then
    strip --strip-unneeded "$work/input/natives/libnd4jcpu.so"
  else
    echo "build-installers: strip (binutils) not found; libnd4jcpu.so ships with its symbol tables" >&2
  fi
fi

common=(
  --name "VAE Explorer" --app-version "$version" --vendor "VAE Explorer developers"
  --description "Train a variational autoencoder and explore its latent space by hand, live."
  --copyright "VAE Explorer developers; bundled datasets under their own licences"
)
# render's headless platform (Monocle, on the class path) subclasses JavaFX internals, which the runtime's modules
# must export to it (decision 0021).
monocle=()
for p in javafx.graphics/com.sun.glass.ui javafx.graphics/com.sun.glass.events javafx.graphics/com.sun.glass.ui.delegate \
         javafx.graphics/com.sun.glass.utils javafx.graphics/com.sun.javafx.tk javafx.graphics/com.sun.javafx.util \
         javafx.base/com.sun.javafx.logging; do
  monocle+=(--java-options "--add-exports=$p=ALL-UNNAMED")
done
# Linux: the model thread (Thread.MIN_PRIORITY) and the JIT's compiler threads run at nice 4, so that the FX thread
# and the renderer, at 0, get the cores first while training (decision 0006). Linux maps Java priorities to nice
# values only under ThreadPriorityPolicy=1, under which the JVM would also raise a few of its own threads above 0,
# which a user who is not root may not do and the JVM then skips; set in the runtime image (jlink) rather than on
# the command line, it does not warn about that at every start. (Windows maps Java priorities by itself.)
priorities=() jlink_priorities=""
if [ "$os" = linux ]; then
  priorities=(--java-options '-XX:CompilerThreadPriority=4')
  jlink_priorities=--add-options=-XX:ThreadPriorityPolicy=1
fi
jpackage --type app-image "${common[@]}" "${monocle[@]}" \
  --input "$work/input" --main-jar vae-explorer.jar --main-class org.vaeexplorer.Main \
  --module-path "$work/fxmods" \
  --add-modules javafx.controls,javafx.fxml,java.desktop,java.logging,java.management,java.naming,java.sql,java.scripting,java.xml,java.compiler,java.prefs,jdk.unsupported,jdk.management,jdk.jfr,jdk.crypto.ec,jdk.zipfs \
  --java-options '-Xmx4g' \
  "${gc[@]}" \
  --java-options '-Djava.library.path=$APPDIR/natives' \
  --java-options '-Dorg.bytedeco.javacpp.pathsFirst=true' \
  --java-options '-Dorg.bytedeco.javacpp.maxphysicalbytes=0' \
  --java-options '-Dorg.slf4j.simpleLogger.defaultLogLevel=warn' \
  ${priorities[@]+"${priorities[@]}"} \
  --icon "$icon" --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2 $jlink_priorities" \
  --dest "$out"
# OpenBLAS's Java bindings ask for libopenblas_nolapack.so.0, the same library as libopenblas.so.0 here; jpackage
# copies a link in --input as a second 30 MB file (loaded twice), so the link is made in the finished image.
if [ "$os" = linux ] && [ -f "$out/VAE Explorer/lib/app/natives/libopenblas.so.0" ]; then
  ln -sf libopenblas.so.0 "$out/VAE Explorer/lib/app/natives/libopenblas_nolapack.so.0"
fi
# A class-data archive (AppCDS) of the classes a start loads: the window with a lesson open (headless, on Monocle,
# quitting by itself) and a short training. The JVM then maps them instead of reading, parsing and verifying them
# (decision 0031). The archive records the launcher's class path; a JVM that finds it changed ignores the archive.
if [ "$os" = linux ]; then
  launcher="$out/VAE Explorer/bin/VAE Explorer"
  cds="$PWD/$work/cds"
  mkdir -p "$cds/home"
  headless="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dvaeexplorer.quitAfterMillis=4000"
  JAVA_TOOL_OPTIONS="-Duser.home=$cds/home -XX:DumpLoadedClassList=$cds/window.txt $headless" \
    "$launcher" "$PWD/assets/lessons/02-mnist-map.vaelesson" >"$cds/window.log" 2>&1
  JAVA_TOOL_OPTIONS="-Duser.home=$cds/home -XX:DumpLoadedClassList=$cds/train.txt" \
    "$launcher" train --data moons --points 200 --hidden 8 --epochs 2 --holdout 20 >"$cds/train.log" 2>&1
  cat "$cds/window.txt" "$cds/train.txt" >"$cds/classes.txt"
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$cds/classes.txt -XX:SharedArchiveFile=$cds/app.jsa" \
    "$launcher" >"$cds/dump.log" 2>&1
  if [ -s "$cds/app.jsa" ]; then
    cp "$cds/app.jsa" "$out/VAE Explorer/lib/app/vae-explorer.jsa"
    cp "$cds/classes.txt" "$out/VAE Explorer/lib/app/vae-explorer.classlist"
    sed -i 's|^\[JavaOptions\]$|&\njava-options=-XX:SharedArchiveFile=$APPDIR/vae-explorer.jsa|' "$out/VAE Explorer/lib/app/VAE Explorer.cfg"
  else
    echo "build-installers: no class-data archive made (see $cds/*.log); the app starts without one" >&2
  fi
  # jpackage's Linux launcher asks rpm and dpkg which package owns it at every start (`dpkg -S` reads every
  # package's file list: 0.45 s here before the JVM starts; decision 0031). A shell launcher starts the same JVM,
  # with the same options and class path (so the class-data archive still matches), from the configuration
  # jpackage wrote; the JVM runs under the name vae-explorer, a copy of the runtime's java launcher.
  image="$out/VAE Explorer"
  cfg="$image/lib/app/VAE Explorer.cfg"
  cp "$image/lib/runtime/bin/java" "$image/lib/runtime/bin/vae-explorer"
  # The archive made here holds the JDK's and JavaFX's classes only (JDK 17 leaves out the class path's classes
  # when the path has a space, as "VAE Explorer" has) and so maps wherever the image lies. Where the app is
  # installed (the .deb's postinst), `--dump-class-archive` dumps one with the app's classes too, for that path;
  # the launcher prefers it (decision 0031).
  {
    echo '#!/bin/sh'
    echo '# VAE Explorer: starts the app bundled here (written by packaging/build-installers.sh from its .cfg).'
    echo 'root=$(readlink -f "$(dirname "$(readlink -f "$0")")/..")'
    echo 'APPDIR="$root/lib/app"'
    echo 'archive="$APPDIR/vae-explorer.jsa"'
    echo 'share=-Xshare:auto'
    echo 'classes=-Xshare:auto'
    echo '[ -r "$APPDIR/vae-explorer-installed.jsa" ] && archive="$APPDIR/vae-explorer-installed.jsa"'
    echo 'if [ "$#" -eq 1 ] && [ "$1" = --dump-class-archive ]; then'
    echo '  [ -r "$APPDIR/vae-explorer.classlist" ] || { echo "no class list to dump an archive from" >&2; exit 1; }'
    echo '  archive="$APPDIR/vae-explorer-installed.jsa.part"'
    echo '  share=-Xshare:dump'
    echo '  classes="-XX:SharedClassListFile=$APPDIR/vae-explorer.classlist"'
    echo '  shift'
    echo 'fi'
    printf 'exec "$root/lib/runtime/bin/vae-explorer"'
    sed -n 's/^java-options=//p' "$cfg" | while IFS= read -r option; do
      case "$option" in
        -XX:SharedArchiveFile=*) printf ' \\\n  "-XX:SharedArchiveFile=$archive" "$share" "$classes"' ;;
        *) printf ' \\\n  "%s"' "$option" ;;
      esac
    done
    printf ' \\\n  -cp "%s"' "$(sed -n 's/^app.classpath=//p' "$cfg" | paste -sd:)"
    printf ' \\\n  %s "$@"\n' "$(sed -n 's/^app.mainclass=//p' "$cfg")"
  } >"$work/launcher.sh"
  if grep -q 'org.vaeexplorer.Main "\$@"' "$work/launcher.sh" && ! grep -q '[`]' "$work/launcher.sh"; then
    install -m 755 "$work/launcher.sh" "$image/bin/VAE Explorer"
  else
    echo "build-installers: the launcher's configuration was not understood; keeping jpackage's launcher" >&2
  fi
fi
echo "app-image: $(ls -d "$out"/VAE\ Explorer*) ($(du -sh "$out"/VAE\ Explorer* 2>/dev/null | cut -f1))"
[ "$what" = app-image ] && exit 0

extra=()
case "$os" in
  # packaging/linux holds jpackage's desktop file with "%f", so that a double-clicked file reaches the launcher.
  linux) extra=(--linux-package-name vae-explorer --linux-shortcut --linux-menu-group Education
                --linux-app-category science --linux-package-deps "libgtk-3-0, libgl1" --resource-dir packaging/linux) ;;
  windows) extra=(--win-menu --win-shortcut --win-dir-chooser --win-menu-group "VAE Explorer") ;;
  mac) extra=(--mac-package-identifier org.vaeexplorer) ;;
esac
image="$out/VAE Explorer"
[ "$os" = mac ] && image="$image.app"
# Models (.vae) and lessons (.vaelesson) open in the app on a double-click, each shown with the app's icon.
associations=()
for kind in vae-model vae-lesson; do
  cp "packaging/$kind.properties" "$work/$kind.properties"
  echo "icon=$file_icon" >> "$work/$kind.properties"
  associations+=(--file-associations "$work/$kind.properties")
done
jpackage --type "$installer" "${common[@]}" --app-image "$image" \
  "${associations[@]}" "${extra[@]}" --dest "$out"
ls -la "$out"
