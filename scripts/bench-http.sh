#!/usr/bin/env bash
# Accepted reminders per second over HTTP: a release `ajar serve` on 127.0.0.1 with a fresh
# database in a temporary folder, driven by wrk with `POST /v1/reminders` (each request its own
# webhook-id), unsigned (no secret: loopback only) and signed (Standard Webhooks HMAC, signatures
# made beforehand by python3), then `GET /healthz` for comparison. See docs/performance.md.
#
#   swift build -c release --product ajar --scratch-path /tmp/ajar-release
#   AJAR_BIN=/tmp/ajar-release/release/ajar scripts/bench-http.sh
#
# Settings (environment): AJAR_BIN (default /tmp/ajar-release/release/ajar), PORT (18080),
# DURATION (15s), THREADS (2), CONNECTIONS (32), SIGNED (1: also the signed run; 0: skip it).
# Traffic goes to 127.0.0.1 only; every wrk run stops after DURATION.
set -euo pipefail
AJAR_BIN="${AJAR_BIN:-/tmp/ajar-release/release/ajar}"
PORT="${PORT:-18080}"
DURATION="${DURATION:-15s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
SIGNED="${SIGNED:-1}"
SECRET="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"   # a benchmark-only secret (the docs' example)
BODY='{"to":"webhook:sink","text":"x","in":"1h"}'
WORK="$(mktemp -d)"
SERVER=""
cleanup() {
    if [ -n "$SERVER" ]; then kill -TERM "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Each request gets its own webhook-id: "<thread>-<counter>".
cat > "$WORK/unsigned.lua" <<LUA
local threads = 0
function setup(thread) thread:set("tid", threads); threads = threads + 1 end
local counter = 0
local body = '$BODY'
function request()
    counter = counter + 1
    return wrk.format("POST", "/v1/reminders",
        {["content-type"] = "application/json", ["webhook-id"] = "bench-" .. tid .. "-" .. counter}, body)
end
LUA

# Signed: python3 makes "id timestamp signature" lines; thread i sends the lines i, i+THREADS, ...
cat > "$WORK/signed.lua" <<LUA
local threads = 0
function setup(thread) thread:set("tid", threads); threads = threads + 1 end
local lines, next_line = {}, 1
local body = '$BODY'
function init(args)
    local index = 0
    for line in io.lines("$WORK/signatures.txt") do
        if index % $THREADS == tid then lines[#lines + 1] = line end
        index = index + 1
    end
end
function request()
    local id, ts, sig = lines[next_line]:match("(%S+) (%S+) (%S+)")
    next_line = next_line % #lines + 1
    return wrk.format("POST", "/v1/reminders", {["content-type"] = "application/json",
        ["webhook-id"] = id, ["webhook-timestamp"] = ts, ["webhook-signature"] = "v1," .. sig}, body)
end
LUA

cat > "$WORK/nobody.lua" <<LUA
local body = '$BODY'
function request() return wrk.format("POST", "/v1/reminders", {["content-type"] = "application/json"}, body) end
LUA

serve() {  # serve NAME [SECRET]
    mkdir -p "$WORK/$1"
    env AJAR_HTTP_PORT="$PORT" AJAR_STORAGE_PATH="$WORK/$1/ajar.sqlite" \
        AJAR_WEBHOOKS_TARGETS="sink=http://127.0.0.1:9/x" ${2:+AJAR_HTTP_SECRET="$2"} \
        "$AJAR_BIN" serve > "$WORK/$1/serve.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 100); do
        curl -fsS "http://127.0.0.1:$PORT/healthz" > /dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "ajar serve did not answer on port $PORT:" >&2; cat "$WORK/$1/serve.log" >&2; exit 1
}
stop() {
    kill -TERM "$SERVER"; wait "$SERVER" || true; SERVER=""
}
stored() {  # reminders in the database of run NAME
    python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM reminder").fetchone()[0])' "$WORK/$1/ajar.sqlite"
}
run() {  # run NAME WRK-ARGS...
    local name="$1"; shift
    echo "== $name (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | grep -E 'Requests/sec|Latency|50%|99%|Non-2xx|requests in|errors'
}

echo "ajar: $AJAR_BIN; wrk -t$THREADS -c$CONNECTIONS -d$DURATION; $(nproc) CPUs"
serve unsigned
run "POST /v1/reminders, unsigned, unique webhook-id" -s "$WORK/unsigned.lua" "http://127.0.0.1:$PORT/v1/reminders"
run "GET /healthz" "http://127.0.0.1:$PORT/healthz"
stop
echo "   reminders stored: $(stored unsigned)"

serve nobody
run "POST /v1/reminders, unsigned, no webhook-id (no receipt)" -s "$WORK/nobody.lua" "http://127.0.0.1:$PORT/v1/reminders"
stop
echo "   reminders stored: $(stored nobody)"

if [ "$SIGNED" = 1 ]; then
    # Enough signatures for 25,000 requests a second over DURATION; made just before the run (the
    # timestamps must be within 5 minutes of the server's clock).
    seconds="${DURATION%s}"
    python3 - "$SECRET" "$BODY" $(( ${seconds:-15} * 25000 )) > "$WORK/signatures.txt" <<'PY'
import base64, hashlib, hmac, sys, time
secret, body, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
key = base64.b64decode(secret.removeprefix("whsec_"))
ts = str(int(time.time()))
for index in range(count):
    message_id = f"msg_bench_{index}"
    digest = hmac.new(key, f"{message_id}.{ts}.{body}".encode(), hashlib.sha256).digest()
    print(message_id, ts, base64.b64encode(digest).decode())
PY
    serve signed "$SECRET"
    run "POST /v1/reminders, signed (HMAC-SHA256), unique webhook-id" -s "$WORK/signed.lua" "http://127.0.0.1:$PORT/v1/reminders"
    stop
    echo "   reminders stored: $(stored signed)"
fi
