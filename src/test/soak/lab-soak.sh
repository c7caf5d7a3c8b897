#!/usr/bin/env bash
# Soak test of the desktop lab (not a unit test): drives the lab in a real window under Xvfb with the keyboard, as a
# teacher would for a lesson, for MINUTES minutes, and reports the lab's resident memory after every cycle and any
# JVM crash log. One cycle: train the stable preset for about two epochs, pause, scrub the epochs, stop, open a
# latent walk and close it, open Compare and close it, continue the run by one epoch, branch from its first epoch and
# start the branch, stop it, open the gallery. At the end the lab is quit (Ctrl+Q) mid-training, and its exit status
# must be 0.
#
#   src/test/soak/lab-soak.sh [MINUTES (30)] [GEOMETRY (1280x720)]
#
# Needs Debian's xvfb, xdotool and imagemagick (installed here when missing and run as root). Writes everything to a
# new folder under target/soak: soak.csv (cycle, minutes, resident MB), the lab's log, screenshots of the first cycle.
set -euo pipefail
cd "$(dirname "$0")/../../.."
minutes=${1:-30}
geometry=${2:-1280x720}

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
[ -e /usr/lib/x86_64-linux-gnu/libgtk-3.so.0 ] || [ -e /usr/lib/aarch64-linux-gnu/libgtk-3.so.0 ] || need+=(libgtk-3-0)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
  else
    echo "lab-soak: needs ${need[*]} (apt-get install ${need[*]})" >&2
    exit 2
  fi
fi

out="target/soak/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out/runs" "$out/prefs"
out=$(cd "$out" && pwd)
./mvnw -q compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt" >/dev/null

[ "$geometry" = 1280x720 ] || echo "lab-soak: the menu positions are those of 1280x720" >&2
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 "${geometry}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 2

java -Xmx4g -XX:ErrorFile="$out/hs_err_pid%p.log" -Djava.util.prefs.userRoot="$out/prefs" \
  -cp "target/classes:$(cat "$out/classpath.txt")" org.ganlab.ui.Launcher --runs "$out/runs" >"$out/lab.log" 2>&1 &
lab=$!

window=""
for _ in $(seq 1 120); do
  window=$(xdotool search --name '^GAN Lab$' 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || { echo "lab-soak: the lab's window did not appear" >&2; cat "$out/lab.log" >&2; exit 1; }

focus() { xdotool windowfocus --sync "$window" 2>/dev/null || true; sleep 0.3; }
key() { focus; xdotool key --clearmodifiers "$@"; sleep 0.7; }
# a click at a point of the lab's window (menus at 1280x720: the window fills the screen)
click() { focus; xdotool mousemove --window "$window" "$1" "$2" click 1; sleep 1.2; }
# a menu item: the menu's title, then the item (positions read off a screenshot at 1280x720)
menu() { click "$1" 20; click "$2" "$3"; }
# closes a tool window (latent walk, compare) with Esc, by its title
close_child() { local w; w=$(xdotool search --name "$1" 2>/dev/null | tail -1 || true); [ -z "$w" ] || { xdotool windowfocus --sync "$w" 2>/dev/null; xdotool key Escape; }; sleep 1; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$lab/status" 2>/dev/null || echo 0; }
shot() { [ "${cycle:-0}" = 1 ] && import -window root "$out/cycle1-$1.png" 2>/dev/null || true; }

echo "cycle,minutes,rss_mb" >"$out/soak.csv"
start=$(date +%s)
cycle=0
while [ $(( $(date +%s) - start )) -lt $((minutes * 60)) ] && kill -0 "$lab" 2>/dev/null; do
  cycle=$((cycle + 1))
  key space                      # start (the stable preset)
  sleep 45                       # about two epochs
  shot training
  key space                      # pause
  key Home; key Right; key End; key Left
  key p; sleep 3; key p          # play the epochs, then stop playing
  menu 83 110 127                # Run > Stop
  sleep 3
  shot stopped
  menu 210 327 92                # Tools > Latent walk at the viewed epoch
  sleep 4; shot walk
  close_child 'latent walk'
  menu 210 274 57                # Tools > Compare two runs
  sleep 3; shot compare
  close_child 'compare two runs'
  menu 83 148 173                # Run > Continue +1 epoch
  sleep 30; shot continued
  key Home
  menu 83 198 278                # Run > Branch from the viewed epoch
  sleep 2
  key space                      # starts the branch (Start)
  sleep 15; shot branch
  menu 83 110 127                # Run > Stop
  sleep 5
  key ctrl+g                     # the gallery's list, then its first recorded run
  xdotool key Down; sleep 0.3; xdotool key Return
  sleep 4; shot gallery
  sleep 5
  printf '%d,%.1f,%s\n' "$cycle" "$(echo "($(date +%s) - $start) / 60" | bc -l)" "$(rss_mb)" >>"$out/soak.csv"
  tail -1 "$out/soak.csv"
done

alive=yes
kill -0 "$lab" 2>/dev/null || alive=no
status=0
if [ $alive = yes ]; then
  key space                      # a last run, quit mid-training
  sleep 20
  key ctrl+q
  wait "$lab" || status=$?
else
  wait "$lab" || status=$?
fi
crashes=$(ls "$out"/hs_err_pid*.log hs_err_pid*.log 2>/dev/null || true)
echo "cycles: $cycle; lab alive until the end: $alive; exit status after Ctrl+Q: $status"
echo "resident MB per cycle: $(tail -n +2 "$out/soak.csv" | cut -d, -f3 | paste -sd' ')"
echo "crash logs: ${crashes:-none}"
echo "runs kept: $(ls "$out/runs" | wc -l) in $out/runs; log: $out/lab.log"
[ $alive = yes ] && [ "$status" = 0 ] && [ -z "$crashes" ]
