#!/usr/bin/env bash
# Measures the live window as a user feels it: frame gaps while training, probe move → decoding on the FX thread,
# and epochs per second. Runs the packaged jar under Xvfb (via ../shared/tools/screenshot), presses Space, drags
# the probe with xdotool, quits with Ctrl+Q, and prints the summary the app writes (-Dvaeexplorer.frameLog).
#   tools/measure-ui.sh mnist|2d      (build first: ./mvnw -q package -DskipTests)
#   tools/measure-ui.sh lesson FILE   opens a lesson as the launcher's argument and only times start-up: JVM uptime
#                                     at the window, at its first latent map and at its first probe decoding
# JAR picks the jar (default target/vae-explorer.jar, its lib/ beside it, e.g. an older build to compare);
# JAVA_OPTS adds JVM flags (PRIORITIES replaces the thread-priority ones); GC_OPTS replaces the collector the app
# runs on (-XX:+UseZGC), e.g. GC_OPTS=-XX:+UseG1GC.
set -euo pipefail
cd "$(dirname "$0")/.."
# The Linux launcher's thread priorities (packaging/build-installers.sh): the model and compiler threads at nice 4.
# PRIORITIES= (empty) measures without them.
priorities=${PRIORITIES--XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=4}
preset=${1:-2d}
profile=measure-$preset
if [ "$preset" = lesson ]; then
  lesson=$(realpath "${2:?tools/measure-ui.sh lesson FILE.vaelesson}")
  log=$(mktemp)
  ../shared/tools/screenshot /tmp/vae-measure.png 12 --xdo "key ctrl+q; sleep 4" \
    -- java ${GC_OPTS:--XX:+UseZGC} ${JAVA_OPTS:-} -Dvaeexplorer.profile="measure-lesson-$RANDOM" \
       -Dvaeexplorer.frameLog="$log" -jar "${JAR:-target/vae-explorer.jar}" "$lesson" >/dev/null
  grep uptime "$log"
  exit 0
fi
if [ "$preset" = mnist ]; then
  settings='p.put("setting.hidden","512"); p.put("setting.epochs","12"); p.put("setting.holdout","10"); p.put("setting.holdout-from","end"); p.put("setting.likelihood","bernoulli"); p.put("dataset","mnist-10k");'
else
  settings='p.put("setting.hidden","64,64"); p.put("setting.epochs","3000"); p.put("setting.holdout","0"); p.put("setting.holdout-from","end"); p.put("setting.likelihood","gaussian-diagonal"); p.put("dataset","two-gaussians"); p.put("points","2000");'
fi
cat > /tmp/vae-prefs.jsh <<JSH
var p = java.util.prefs.Preferences.userRoot().node("org/vaeexplorer/$profile");
p.put("setting.latent","2"); p.put("setting.batch","128"); p.put("setting.lr","0.001"); $settings
p.putDouble("width",1500); p.putDouble("height",950); p.flush();
/exit
JSH
jshell -q /tmp/vae-prefs.jsh
# The drag starts where the frame monitor says the probe is on the screen (LOG.probe, read when the step runs: the
# screenshot tool evaluates each step then) and moves around it while training.
moves=""
for i in $(seq 1 30); do
  case $((i % 4)) in 0) step="15 12" ;; 1) step="15 -12" ;; 2) step="-- -15 12" ;; *) step="-- -15 -12" ;; esac
  moves="$moves; mousemove_relative $step"
done
log=$(mktemp)
at='$(cut -d" " -f1-2 '"$log"'.probe)'
../shared/tools/screenshot /tmp/vae-measure.png 20 \
  --xdo "key space; sleep 2; mousemove $at; mousedown 1$moves; mouseup 1; sleep 3; key ctrl+q; sleep 4" \
  -- java ${GC_OPTS:--XX:+UseZGC} $priorities ${JAVA_OPTS:-} -Dvaeexplorer.profile="$profile" -Dvaeexplorer.frameLog="$log" \
     -jar "${JAR:-target/vae-explorer.jar}" >"${MEASURE_STDOUT:-/dev/null}"
cat "$log"
