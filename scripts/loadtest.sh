#!/usr/bin/env bash
# Load test of the main pages on a large data set (README, "Performance").
#   scripts/loadtest.sh [--seed 42] [--scale 1.0] [--duration 20s] [--connections 16] [--port 5085]
#                       [--app DIR --database FILE]   (reuse a built app and a seeded database: no build, no seeding)
# Builds Release, seeds a fresh SQLite database with `seed-large`, starts the app in Production on loopback over
# Kestrel HTTPS with a throw-away certificate, signs in one user per role with curl, then drives each page with wrk at 16 connections and
# prints requests/s and p50/p95/p99 per page beside /healthz, a trivial page of the same app, measured in the same run
# (first and last, after every page has been warmed; the ratios use its faster run).
set -euo pipefail

SEED=42 SCALE=1.0 DURATION=20s CONNECTIONS=16 PORT=5085 APP="" DB=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seed) SEED=$2; shift 2 ;;
    --scale) SCALE=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --app) APP=$2; shift 2 ;;
    --database) DB=$2; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
BASE="https://127.0.0.1:$PORT"
PASSWORD='Portal!Load2026'
APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

if [[ -n "$APP" && -n "$DB" ]]; then
  cp -r "$APP" "$WORK/app"
  cp "$DB" "$WORK/portal.db"
  BIG=1
else
  echo "== Build (Release)"
  dotnet publish "$ROOT/src/LeadershipPortal.Web" -c Release -o "$WORK/app" --nologo -v quiet >/dev/null

  echo "== Seed (seed $SEED, scale $SCALE)"
  SEED_OUT=$(cd "$WORK/app" && Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
    dotnet LeadershipPortal.Web.dll seed-large --seed "$SEED" --scale "$SCALE" --database "$WORK/portal.db")
  echo "$SEED_OUT" | grep -E "^(Seeded|Big)"
  BIG=$(echo "$SEED_OUT" | sed -n 's/^Big vacancy id: \([0-9]*\).*/\1/p')
fi

# Outside Development the antiforgery and sign-in cookies demand HTTPS, so Kestrel serves TLS with a throw-away certificate.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 2 -subj /CN=127.0.0.1 2>/dev/null

echo "== Start the app on $BASE (Production, Kestrel HTTPS, staff 2FA off for the load users, rate limits raised)"
(
  cd "$WORK/app"
  export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" \
    Kestrel__Certificates__Default__Path="$WORK/cert.pem" Kestrel__Certificates__Default__KeyPath="$WORK/key.pem" \
    ConnectionStrings__Portal="Data Source=$WORK/portal.db" \
    Identity__RequireTwoFactorForStaff=false \
    Logging__LogLevel__Default=Warning \
    Jobs__Storage=InMemory \
    Documents__StoragePath="$WORK/documents" Dossiers__StoragePath="$WORK/dossiers" Email__PickupDirectory="$WORK/mail"
  for policy in Login Registration Applications Uploads Dossiers; do
    export "RateLimits__${policy}__PermitLimit=1000000"
  done
  exec dotnet LeadershipPortal.Web.dll
) >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -kfs "$BASE/healthz" >/dev/null 2>&1 && break
  sleep 1
done
curl -kfs "$BASE/healthz" >/dev/null || { echo "The app did not start:" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }

# Cookies are carried by hand (Cookie header), as wrk needs them that way too.
cookies_from() { grep -i '^set-cookie:' "$1" | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]*).*/\1/' | paste -sd ';' - | sed 's/;/; /g'; }

sign_in() {
  local email=$1 headers="$WORK/h-$1" page="$WORK/p-$1"
  curl -ks -D "$headers" -o "$page" "$BASE/Identity/Account/Login"
  local token
  token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$page" | head -1 | sed 's/.*value="//; s/"$//')
  local antiforgery
  antiforgery=$(cookies_from "$headers")
  curl -ks -D "$headers.post" -o /dev/null -H "Cookie: $antiforgery" \
    --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/Identity/Account/Login"
  local auth
  auth=$(cookies_from "$headers.post")
  grep -qiE '^location: /($|[^I])' "$headers.post" && [[ -n "$auth" ]] || { echo "Could not sign in as $email:" >&2; head -1 "$headers.post" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
  # A browser keeps the antiforgery cookie as well; without it every page with a form would mint a new one.
  echo "$auth; $antiforgery"
}

# Each page signs in afresh: the sign-in cookie is revalidated against the security stamp once it is two minutes old
# and then renewed. A browser keeps the renewed cookie; wrk replays the old one, which would revalidate on every request.
HR=load-hr@load.example.org ASSESSOR=load-assessor1@load.example.org CANDIDATE=load-candidate1@load.example.org

cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
end
LUA

declare -A RPS
PAGES=(
  "vacancies /Vacancies"
  "ranking /Hr/Vacancies/$BIG/Ranking $HR"
  "gender /Hr/GenderBalance $HR"
  "assessor-queue /Assess $ASSESSOR"
  "mentoring /Hr/Mentoring $HR"
  "candidate-apps /Candidate/Applications $CANDIDATE"
)

check() {
  local status
  status=$(curl -ks -o /dev/null -w '%{http_code}' ${2:+-H "Cookie: $2"} "$BASE$1")
  [[ "$status" == 200 ]] || { echo "$1 answered $status" >&2; exit 1; }
}

# Every page first, unmeasured, until its throughput has settled: the JIT optimises a method only after it has run
# hot, and it re-optimises with what it learned, so a page's first thousands of requests after a start run partly
# unoptimised (driven alone, the gender page and the ranking need about a minute of full load). Rounds of
# WARM_SECONDS per page, every page in turn; a page is settled once its last three rounds lie within 10 % of each
# other (at most WARM_ROUNDS rounds). The read models are built on the first request. The figures then compare
# steady states; the rates of each round are printed, so the cold start shows too.
WARM_SECONDS=5 WARM_ROUNDS=14
declare -A WARM_RATES
settled() {
  awk -v rates="$1" 'BEGIN { n = split(rates, r, " "); if (n < 3) exit 1; lo = hi = r[n];
    for (i = n - 2; i < n; i++) { if (r[i] < lo) lo = r[i]; if (r[i] > hi) hi = r[i] } exit !((hi - lo) / hi < 0.10) }'
}

warm_round() {
  local name=$1 path=$2 cookie="" rate
  [[ -n "${3:-}" ]] && cookie=$(sign_in "$3")
  rate=$(wrk -t2 -c"$CONNECTIONS" -d"${WARM_SECONDS}s" ${cookie:+-H "Cookie: $cookie"} "$BASE$path" | sed -n 's/^Requests\/sec: *\([0-9]*\).*/\1/p')
  WARM_RATES[$name]="${WARM_RATES[$name]:-} $rate"
}

run() {
  local name=$1 path=$2 cookie=""
  [[ -n "${3:-}" ]] && cookie=$(sign_in "$3")
  check "$path" "$cookie"
  local line
  line=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/report.lua" ${cookie:+-H "Cookie: $cookie"} "$BASE$path" | grep '^RESULT')
  read -r _ rps p50 p95 p99 errors total <<<"$line"
  RPS[$name]=$rps
  printf '%-22s %-38s %9s %8s %8s %8s %7s\n' "$name" "$path" "$rps" "$p50" "$p95" "$p99" "$errors/$total"
}

WARM_PAGES=("healthz /healthz" "${PAGES[@]}")
echo "== Warm-up: every page in turn for ${WARM_SECONDS} s a round, unmeasured, until its throughput settles (req/s per round)"
for page in "${WARM_PAGES[@]}"; do
  read -r _ path user <<<"$page"
  cookie=""; [[ -n "${user:-}" ]] && cookie=$(sign_in "$user")
  check "$path" "$cookie"
done
for _ in $(seq 1 "$WARM_ROUNDS"); do
  busy=0
  for page in "${WARM_PAGES[@]}"; do
    read -r name path user <<<"$page"
    settled "${WARM_RATES[$name]:-}" && continue
    warm_round "$name" "$path" "$user"
    busy=1
  done
  [[ $busy == 1 ]] || break
done
for page in "${WARM_PAGES[@]}"; do
  read -r name _ <<<"$page"
  state="settled"; settled "${WARM_RATES[$name]}" || state="NOT SETTLED after $WARM_ROUNDS rounds"
  printf '%-22s %s:%s\n' "$name" "$state" "${WARM_RATES[$name]}"
done

echo "== wrk, $CONNECTIONS connections, $DURATION per page; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %-38s %9s %8s %8s %8s %7s\n' page path 'req/s' 'p50 ms' 'p95 ms' 'p99 ms' errors
run healthz /healthz
for page in "${PAGES[@]}"; do
  read -r name path user <<<"$page"
  run "$name" "$path" "$user"
done
# The trivial page again at the end; the ratios below use the faster of its two runs, the stricter comparison.
HEALTHZ_FIRST=${RPS[healthz]}
run healthz-again /healthz
TRIVIAL=$(awk -v a="$HEALTHZ_FIRST" -v b="${RPS[healthz-again]}" 'BEGIN { print (a > b ? a : b) }')
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for page in "${PAGES[@]}"; do
  read -r name _ <<<"$page"
  awk -v p="$name" -v r="${RPS[$name]}" -v h="$TRIVIAL" 'BEGIN { printf "%-22s %.2f of the trivial page'"'"'s throughput\n", p, r / h }'
done
