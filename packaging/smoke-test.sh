#!/usr/bin/env bash
# Starts the app-image's launcher as a user would (a real X window, under Xvfb), waits for the main window, asks
# it to quit with Ctrl+Q, and checks that it exits with status 0, within seconds, without unpacking natives into
# the user's home. Build the app-image first: packaging/build-installers.sh app-image
#   packaging/smoke-test.sh [LAUNCHER]   (default: the app-image's; e.g. "/opt/vae-explorer/bin/VAE Explorer")
set -uo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-"target/installer/VAE Explorer/bin/VAE Explorer"}
[ -x "$launcher" ] || { echo "smoke test: no app-image at $launcher" >&2; exit 2; }
display=":$((200 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1
home=$(mktemp -d)
log=target/installer/smoke-test.log
start=$(date +%s%N)
DISPLAY="$display" HOME="$home" "$launcher" >"$log" 2>&1 &
app=$!
window=$(DISPLAY="$display" timeout 90 xdotool search --sync --onlyvisible --name "^VAE Explorer$" | head -1)
if [ -z "$window" ]; then
  echo "smoke test: no window titled 'VAE Explorer' within 90 s; launcher output:" >&2
  cat "$log" >&2
  kill "$app" 2>/dev/null
  exit 1
fi
shown=$(date +%s%N)
sleep 3
DISPLAY="$display" timeout 10 xdotool windowfocus --sync "$window" key --window "$window" ctrl+q
for _ in $(seq 1 300); do
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$app" 2>/dev/null; then
  echo "smoke test: the app did not exit within 30 s of Ctrl+Q; its threads (SIGQUIT) and output:" >&2
  kill -QUIT "$app" 2>/dev/null
  sleep 2
  cat "$log" >&2
  kill -9 "$app"
  exit 1
fi
wait "$app"
status=$?
cache=$(du -sh "$home/.javacpp" 2>/dev/null | cut -f1)
echo "smoke test: window after $(awk "BEGIN { printf \"%.1f\", ($shown - $start) / 1e9 }") s; exit status $status after Ctrl+Q;" \
  "JavaCPP cache in the user's home: ${cache:-none}"
[ "$status" -eq 0 ] || { echo "launcher output:" >&2; cat "$log" >&2; exit 1; }
if grep -qE "UnsatisfiedLinkError|Exception in thread" "$log"; then
  echo "smoke test: the launcher reported an error:" >&2
  cat "$log" >&2
  exit 1
fi
# The window loads ND4J lazily; train a tiny model through the same launcher to prove the shipped natives load.
if ! HOME="$home" "$launcher" train --data moons --points 200 --hidden 8 --epochs 2 --holdout 20 >"$log" 2>&1; then
  echo "smoke test: training through the launcher failed:" >&2
  cat "$log" >&2
  exit 1
fi
echo "smoke test: trained 2 epochs through the launcher ($(grep -c '"epoch"' "$log") JSON lines)"
# The bundled lessons ship beside the jar; checking one proves they load from the installed app (run elsewhere
# than the checkout, so they cannot be found in the working folder).
launcher=$(realpath "$launcher")
log=$(realpath -m "$log")
lessons=0
(cd "$home" && HOME="$home" "$launcher" lesson list >"$log" 2>&1) && lessons=$(grep -c vaelesson "$log")
if [ "$lessons" -lt 7 ]; then
  echo "smoke test: the app-image does not list its bundled lessons:" >&2
  cat "$log" >&2
  exit 1
fi
first="$(dirname "$launcher")/../lib/app/assets/lessons/$(grep -m1 -o '^[^	]*vaelesson' "$log")"
if ! (cd "$home" && HOME="$home" "$launcher" lesson check "$first" >"$log" 2>&1) || ! grep -q '"agree":true' "$log"; then
  echo "smoke test: the bundled lesson $first does not check:" >&2
  cat "$log" >&2
  exit 1
fi
echo "smoke test: $lessons bundled lessons; $(basename "$first") checks"
# A lesson as the launcher's argument (as a double-click in a file manager passes it) opens in the window: the
# frame log the window writes on quitting says when the lesson's model first drew its latent map.
frames="$home/frames.log"
DISPLAY="$display" HOME="$home" JAVA_TOOL_OPTIONS="-Dvaeexplorer.frameLog=$frames" "$launcher" "$(realpath "$first")" \
  >"$log" 2>&1 &
app=$!
window=$(DISPLAY="$display" timeout 90 xdotool search --sync --onlyvisible --name "^VAE Explorer" | head -1)
sleep 8
[ -n "$window" ] && DISPLAY="$display" timeout 10 xdotool windowfocus --sync "$window" key --window "$window" ctrl+q
for _ in $(seq 1 300); do
  kill -0 "$app" 2>/dev/null || break
  sleep 0.1
done
kill -9 "$app" 2>/dev/null
if ! grep -q "first latent map [0-9]" "$frames" 2>/dev/null; then
  echo "smoke test: the window did not show the lesson $(basename "$first") given as the launcher's argument:" >&2
  cat "$log" "$frames" >&2
  exit 1
fi
echo "smoke test: $(basename "$first") opened from the launcher's argument; $(grep -o 'uptime.*' "$frames")"
rm -rf "$home"
