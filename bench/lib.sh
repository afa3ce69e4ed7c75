# Shared by the benches: logging, installing tools, ports and clocks,
# starting minga, signing in as a browser does, and running wrk.
# Callers set ROOT, OUT, BIN, CONNS, DURATION and GZIP first.

log() { echo "bench: $*" >&2; }

need() {
    command -v "$1" >/dev/null 2>&1 && return
    log "installing $2"
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >&2
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
ms_since() { python3 -c "import time; print(round((time.time()-$1)*1000))"; }
now() { python3 -c 'import time; print(time.time())'; }

# Servers started (PIDS) and the throwaway PostgreSQL cluster (PG_DIR),
# stopped on exit: callers `trap cleanup EXIT`.
stop_all() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
    PIDS=()
}
cleanup() {
    stop_all
    [[ -n "$PG_DIR" ]] && "$ROOT/scripts/pg-cluster" stop "$PG_DIR" >/dev/null 2>&1 || true
}

start_minga() { # name, subcommand and args… → "port pid ms-to-first-page"
    local name=$1 port t0 pid
    shift
    port=$(free_port)
    t0=$(now)
    MINGA_LOG=warn "$BIN" "$@" --listen "127.0.0.1:$port" 2>"$OUT/$name.log" >/dev/null &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do
        kill -0 "$pid" 2>/dev/null || { log "$name did not start (see $OUT/$name.log)"; exit 1; }
        sleep 0.05
    done
    echo "$port $pid $(ms_since "$t0")"
}

# Signs in on a server; prints the Cookie header value.
# Fetches the stylesheet as a browser does from its second page on (its
# answer sets minga_css: later pages link the file instead of inlining it).
fetch_css() { # port jar
    local href
    href=$(curl -s -b "$2" -c "$2" "http://127.0.0.1:$1/login" | grep -o '/static/minga\.[0-9a-f]*\.css' | head -1)
    curl -s -b "$2" -c "$2" -o /dev/null "http://127.0.0.1:$1$href"
}
session() { # port email
    local jar csrf
    jar=$(mktemp)
    curl -s -c "$jar" "http://127.0.0.1:$1/login" >/dev/null
    fetch_css "$1" "$jar"
    csrf=$(awk '$6 == "minga_csrf" {print $7}' "$jar")
    curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf=$csrf" \
        --data-urlencode "email=$2" --data-urlencode "password=minga-demo" "http://127.0.0.1:$1/login"
    # minga_css: the browser already has the stylesheet, as on any page after the first.
    local sess
    sess=$(awk '$6 == "minga_session" {print $7}' "$jar")
    # A failed sign-in would measure the login page: stop with the reason.
    [[ -n "$sess" ]] || { log "could not sign in as $2 on port $1 (see $OUT/*.log)"; exit 1; }
    echo "minga_csrf=$csrf; minga_session=$sess; minga_css=$(awk '$6 == "minga_css" {print $7}' "$jar")"
    rm -f "$jar"
}
visitor_cookie() { # port → the cookies a visitor has after a first page
    local jar
    jar=$(mktemp)
    curl -s -c "$jar" "http://127.0.0.1:$1/" >/dev/null
    fetch_css "$1" "$jar"
    echo "minga_csrf=$(awk '$6 == "minga_csrf" {print $7}' "$jar"); minga_css=$(awk '$6 == "minga_css" {print $7}' "$jar")"
    rm -f "$jar"
}

to_ms() { # wrk's "1.23ms" / "512.00us" / "1.02s" → milliseconds
    python3 -c "
import re,sys
v=sys.argv[1]; m=re.match(r'([0-9.]+)(us|ms|s)',v); n=float(m.group(1))
print(round(n/1000 if m.group(2)=='us' else n*1000 if m.group(2)=='s' else n,2))" "$1"
}
run() { # url cookie encoding(gzip|identity) → "rps p99"
    local args=(-t1 -c"$CONNS" -d"$DURATION" --latency)
    [[ -n "$2" ]] && args+=(-H "Cookie: $2")
    [[ "$3" == gzip ]] && args+=(-H "$GZIP")
    local out rps p99
    out=$(wrk "${args[@]}" "$1")
    echo "== $1 ($3)" >>"$OUT/wrk.log"
    echo "$out" >>"$OUT/wrk.log"
    if echo "$out" | grep -q "Non-2xx"; then log "non-2xx answers from $1"; fi
    rps=$(echo "$out" | awk '/Requests\/sec/ {print int($2)}')
    p99=$(to_ms "$(echo "$out" | awk '$1=="99%" {print $2}')")
    echo "$rps $p99"
}
ratio() { python3 -c "print(f'{$1/max($2,1):.2f}')"; }
