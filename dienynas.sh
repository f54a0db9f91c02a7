#!/usr/bin/env bash
# e. dienynas — one entry point for a developer.
#   ./dienynas.sh run     build, provision WildFly, create the database, start the portal with the demo school
#   ./dienynas.sh stop    stop the portal
#   ./dienynas.sh test    the whole test suite (unit + Arquillian on the real WildFly and MariaDB)
#   ./dienynas.sh backup [FILE]   the database (mariadb-dump: one consistent snapshot, triggers and routines) and the
#                         history MAC key, into one tar.gz (default target/backup/…); keep it safe, it holds the key
#   ./dienynas.sh restore FILE    a backup into the database DIENYNAS_DB_NAME (refused when it has tables, unless
#                         DIENYNAS_RESTORE_OVERWRITE=1) and its key into DIENYNAS_HISTORY_KEY; stop the portal first
#   ./dienynas.sh bench   the load benchmark (issue 10): a full school year in database dienynas_bench, a WildFly
#                         copy in target/bench/wildfly on port offset 1000 (HTTP 9080, management 10990), Gatling
#                         at 50/100/200 users, baselines, job timings; the report is target/bench/report.md
#                         BENCH_CLUSTER=1: against the cluster instead (two nodes and the balancer, scripts/cluster.sh:
#                         the balancer on offset 1000, HTTP 9080; the nodes on 1100 and 1200; the jobs timed on node1;
#                         BENCH_CLUSTER_OFFSET moves the three)
#   ./dienynas.sh cluster the cluster's failover test (issue 19): two WildFly nodes with sessions in Infinispan behind
#                         WildFly's load balancer (scripts/cluster.sh, offsets 500/600/700), a teacher's node killed
#                         between two saves; database dienynas_cluster (DIENYNAS_CLUSTER_DB)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

PROVISIONED=$ROOT/config/target/server      # provisioned by the config module; the tests run on it
SERVER=$ROOT/target/portal/wildfly          # the portal's own copy, so that builds and tests never touch it
PORTAL_BASE=$SERVER/standalone
DB_NAME=${DIENYNAS_DB_NAME:-dienynas}
TEST_DB_NAME=${DIENYNAS_TEST_DB:-dienynas_test}
DB_USER=${DIENYNAS_DB_USER:-dienynas}
DB_PASSWORD=${DIENYNAS_DB_PASSWORD:-dienynas}
# the runtime account the portal uses (least privilege; scripts/mariadb.sh creates both)
APP_DB_USER=${DIENYNAS_APP_DB_USER:-dienynas_app}
APP_DB_PASSWORD=${DIENYNAS_APP_DB_PASSWORD:-dienynas_app}
DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB_NAME"
# the history chain's MAC key (an Elytron credential store WildFly creates on its first start), per database and
# outside the server directory, which every run replaces; back it up with the database
KEY_STORE=${DIENYNAS_HISTORY_KEY:-$HOME/.dienynas/$DB_NAME-history-key.cs}
CONSOLE_USER=konsole
CONSOLE_PASSWORD=Konsole-2026
URL=http://127.0.0.1:8080/dienynas/
MVN="mvn -B -ntp"

cli() { "$SERVER/bin/jboss-cli.sh" --controller=127.0.0.1:9990 -c "$@"; }

portal_up() { curl -fs -o /dev/null "${URL}login.xhtml"; }

run() {
  if portal_up; then
    echo "The portal already runs at $URL (./dienynas.sh stop to stop it)."
    exit 0
  fi
  scripts/mariadb.sh create "$DB_NAME"
  $MVN install -DskipTests
  rm -rf "$SERVER"
  mkdir -p "$(dirname "$SERVER")"
  cp -a "$PROVISIONED" "$SERVER"
  rm -f "$SERVER/standalone/configuration/dienynas-history.cs"   # the test server's history key; the portal's is $KEY_STORE
  "$SERVER/bin/add-user.sh" -s -sc "$PORTAL_BASE/configuration" -u "$CONSOLE_USER" -p "$CONSOLE_PASSWORD"
  echo "Starting WildFly (log: $PORTAL_BASE/log/server.log)"
  mkdir -p "$(dirname "$KEY_STORE")"
  nohup "$SERVER/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Ddienynas.db.url="$DB_URL" -Ddienynas.db.user="$DB_USER" -Ddienynas.db.password="$DB_PASSWORD" \
    -Ddienynas.history.key-store="$KEY_STORE" \
    -Ddienynas.db.app.user="$APP_DB_USER" -Ddienynas.db.app.password="$APP_DB_PASSWORD" \
    >"$ROOT/target/portal/console.log" 2>&1 &
  for _ in $(seq 1 120); do
    cli --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q running && break
    sleep 1
  done
  chmod 600 "$KEY_STORE" 2>/dev/null || true   # WildFly wrote the history key world-readable
  cli --command="deploy --force $ROOT/ear/target/dienynas.ear"
  for _ in $(seq 1 60); do portal_up && break; sleep 1; done
  portal_up || { echo "The portal did not come up; see $PORTAL_BASE/log/server.log" >&2; exit 1; }
  # the schema is migrated by the deployment; the demo school is loaded after it, once
  $MVN -q -pl ejb org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
    -Dexec.mainClass=lt.dienynas.demo.DemoSchool -Dexec.classpathScope=test \
    -Ddienynas.db.url="$DB_URL" -Ddienynas.db.user="$DB_USER" -Ddienynas.db.password="$DB_PASSWORD"
  echo
  echo "e. dienynas runs at $URL"
  echo "WildFly management console: http://127.0.0.1:9990/console ($CONSOLE_USER / $CONSOLE_PASSWORD)"
  echo "Stop it with: ./dienynas.sh stop"
}

stop() {
  if cli --command=":shutdown" >/dev/null 2>&1; then echo "Stopped."; else echo "The portal was not running."; fi
}

run_tests() {
  scripts/mariadb.sh fresh "$TEST_DB_NAME"
  $MVN verify -Ddb.name="$TEST_DB_NAME" "$@"
}

# The cluster's failover test (ClusterFailoverIT, -Pcluster: provisions config/target/cluster-server as well).
cluster_test() {
  local db=${DIENYNAS_CLUSTER_DB:-dienynas_cluster}
  scripts/mariadb.sh fresh "$db"
  $MVN verify -Pcluster -Ddb.name="$db" "$@"
}

# The benchmark: never part of the test suite. BENCH_TIERS, BENCH_SECONDS and BENCH_JOBS adjust it;
# BENCH_SKIP_BUILD=1 reuses the last build.
bench() {
  local dir=$ROOT/target/bench
  local server=$dir/wildfly
  local db=${DIENYNAS_BENCH_DB:-dienynas_bench}
  local db_url="jdbc:mariadb://127.0.0.1:3306/$db"
  local tiers=${BENCH_TIERS:-50 100 200 400}
  local seconds=${BENCH_SECONDS:-60}
  local jobs=${BENCH_JOBS:-month-lock:today=2027-08-31,yearend-summary:yearId=@benchYear;grades=1-2,yearend-summary:yearId=@benchYear;grades=1-4,yearend-summary:yearId=@benchYear,yearend-archive:yearId=@benchYear}
  local cp="$ROOT/bench/target/classes:$ROOT/bench/target/lib/*"
  local cluster=${BENCH_CLUSTER:-0}
  local controller=127.0.0.1:10990
  local base=http://127.0.0.1:9080
  # the cluster: the balancer on BENCH_CLUSTER_OFFSET (default 1000, HTTP 9080), node1 (+100) times the jobs
  local coffset=${BENCH_CLUSTER_OFFSET:-1000}
  if [ "$cluster" = 1 ]; then
    controller=127.0.0.1:$((9990 + coffset + 100))
    base=http://127.0.0.1:$((8080 + coffset))
  fi
  local bcli=("$server/bin/jboss-cli.sh" --controller="$controller" -c)
  if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    if [ "$cluster" = 1 ]; then $MVN -Pbench,cluster install -DskipTests; else $MVN -Pbench install -DskipTests; fi
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  scripts/mariadb.sh fresh "$db"
  echo "Loading the benchmark school year into $db"
  java -cp "$cp" -Dbench.dir="$dir" -Dbench.db.url="$db_url" lt.dienynas.bench.BenchYear
  if [ "$cluster" = 1 ]; then
    # two nodes (offsets 1100, 1200) behind the balancer (offset 1000, HTTP 9080: Gatling's users go through it)
    trap 'bench_stop' EXIT
    CLUSTER_JAVA_OPTS="-Xms1g -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8" \
      scripts/cluster.sh start "$dir/cluster" "$db_url" "$coffset"
    server=$dir/cluster/node1
    bcli=("$server/bin/jboss-cli.sh" --controller="$controller" -c)
  else
    cp -a "$PROVISIONED" "$server"
    rm -f "$server/standalone/configuration/dienynas-history.cs"   # the test server's history key: the bench makes its own
    echo "Starting the benchmark WildFly (log: $server/standalone/log/server.log)"
    JAVA_OPTS="-Xms1g -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8" \
      nohup "$server/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 -Djboss.socket.binding.port-offset=1000 \
      -Ddienynas.db.url="$db_url" -Ddienynas.db.user="$DB_USER" -Ddienynas.db.password="$DB_PASSWORD" \
      -Ddienynas.db.app.user="$APP_DB_USER" -Ddienynas.db.app.password="$APP_DB_PASSWORD" \
      >"$dir/console.log" 2>&1 &
    echo $! >"$dir/server.pid"
    trap 'bench_stop' EXIT
    for _ in $(seq 1 120); do
      "${bcli[@]}" --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q running && break
      sleep 1
    done
    "${bcli[@]}" --command="deploy --force $ROOT/ear/target/dienynas.ear"
  fi
  for _ in $(seq 1 60); do curl -fs -o /dev/null "$base/dienynas/login.xhtml" && break; sleep 1; done
  # one warm-up pass (JIT, pools, caches), not reported: 100 users for 120 s, ≈ 3,000 requests, so that every
  # page is compiled by C2 before the tiers (a page's CPU time fell from ≈ 130 to ≈ 40 ms over its first few
  # hundred requests, and 60 s of warm-up still left C2 compiling through the first tier; 20 users for 20 s
  # measured the compiler, not the portal)
  # the flight recorder's first start instruments the JDK's I/O classes and deoptimises the code compiled
  # against them (on 2026-12-06 the first tier paid ≈ 200 recompilations for it): it is started once during
  # the warm-up, and only the tiers' own recordings are kept
  bench_jfr "$dir" JFR.start name=warmup settings=profile
  $MVN -q -Pbench -pl bench gatling:test -Dbench.dir="$dir" -Dbench.base.url="$base" -Dbench.users=100 -Dbench.seconds=120 \
    -Dbench.db.url="$db_url" -Dgatling.noReports=true >"$dir/warmup.log" 2>&1 || true
  bench_jfr "$dir" JFR.stop name=warmup
  rm -f "$dir"/jdbc-100.csv
  rm -rf "$dir/gatling"
  {
    echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "cpu:     $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    echo "memory:  $(free -g | awk '/Mem:/ {print $2}') GiB"
    echo "java:    $(java -version 2>&1 | head -1)"
    echo "mariadb: $(mysql --version)"
    if [ "$cluster" = 1 ]; then
      echo "server:  WildFly 39 cluster: two nodes (offsets $((coffset + 100)), $((coffset + 200)); -Xms1g -Xmx1g each, sessions in Infinispan) behind WildFly's Undertow balancer (offset $coffset); Gatling, MariaDB and the three servers share the machine"
    else
      echo "server:  WildFly 39 (offset 1000), -Xms1g -Xmx1g (the heap fixed at its size, as on a server: a heap grown from 256 MB collected its young generation every 2–3 s under 200 users); Gatling, MariaDB and the server share the machine"
    fi
    echo "load before the tiers (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
  } >"$dir/machine.txt"
  getconf CLK_TCK >"$dir/clk_tck"
  for users in $tiers; do
    echo "Gatling: $users concurrent users for $seconds s"
    # Gatling's JVM starts (and the bench module resolves) before the recording and the CPU reading:
    # the simulation itself waits for the marker file that says both are in place (bench.gate)
    rm -f "$dir/gate" "$dir/gate.waiting"
    $MVN -Pbench -pl bench gatling:test -Dbench.dir="$dir" -Dbench.base.url="$base" -Dbench.users="$users" -Dbench.seconds="$seconds" \
      -Dbench.db.url="$db_url" -Dbench.gate="$dir/gate" >"$dir/gatling-$users.log" 2>&1 &
    local gatling=$!
    for _ in $(seq 1 300); do [ -f "$dir/gate.waiting" ] && break; sleep 0.2; done
    # where the server's CPU goes (Java Flight Recorder, the JDK's profiler; ≈ 1–2 % overhead) and how much
    # CPU time the server processes spend, for the tier only
    bench_jfr "$dir" JFR.start name=tier settings=profile filename="$dir/server-$users-%p.jfr"
    bench_cpu "$dir" >"$dir/cpu-$users.before"
    touch "$dir/gate"
    wait "$gatling" || echo "Gatling reported failures at $users users"
    bench_cpu "$dir" >"$dir/cpu-$users.after"
    bench_jfr "$dir" JFR.stop name=tier
    ls -td "$dir"/gatling/*/ | head -1 >"$dir/gatling-$users.dir"
    echo "load after $users users (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)" >>"$dir/machine.txt"
  done
  echo "Timing the jobs: $jobs"
  java -cp "$cp" -Dbench.dir="$dir" -Dbench.db.url="$db_url" -Dbench.jobs="$jobs" \
    -Dbench.cli="$server/bin/jboss-cli.sh" -Dbench.controller="$controller" lt.dienynas.bench.JobTimings
  java -cp "$cp" -Dbench.dir="$dir" -Dbench.tiers="$tiers" lt.dienynas.bench.BenchReport
  echo "Report: $dir/report.md"
}

# The benchmark's server JVMs (one server, or the cluster's two nodes and the balancer): their pids.
bench_pids() {
  pgrep -f -- "-Djboss.home.dir=$1/" || true
}

# A flight recorder command (jcmd's JFR.start / JFR.stop and its options) for every server JVM of the
# benchmark; %p in an option stands for the JVM's pid.
bench_jfr() {
  local dir=$1 pid
  shift
  for pid in $(bench_pids "$dir"); do
    jcmd "$pid" "${@//%p/$pid}" >/dev/null 2>&1 || true
  done
}

# The CPU time (user + system, clock ticks) each server JVM has used so far: "pid name ticks" per line.
bench_cpu() {
  local pid
  for pid in $(bench_pids "$1"); do
    local home
    home=$(tr '\0' '\n' <"/proc/$pid/cmdline" | sed -n 's/^-Djboss.home.dir=//p')
    # fields 14 and 15 of /proc/PID/stat, counted after the command's closing parenthesis
    echo "$pid ${home#"$1"/} $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13}')"
  done
}

bench_stop() {
  if [ -d "$ROOT/target/bench/cluster" ]; then
    scripts/cluster.sh stop "$ROOT/target/bench/cluster" || true
    return
  fi
  "$ROOT/target/bench/wildfly/bin/jboss-cli.sh" --controller=127.0.0.1:10990 -c --command=":shutdown" >/dev/null 2>&1 ||
    { [ -f "$ROOT/target/bench/server.pid" ] && kill "$(cat "$ROOT/target/bench/server.pid")" 2>/dev/null; } || true
}

as_root() { mysql --protocol=socket -uroot "$@"; }

# One file with everything a restore needs: dump.sql (mariadb-dump --single-transaction: a consistent snapshot
# without locking the diary; routines and triggers, so the history's append-only triggers come back) and
# history-key.cs (the credential store with the history MAC key: without it the restored history cannot be verified).
backup() {
  local file=${1:-$ROOT/target/backup/$DB_NAME-$(date -u +%Y%m%dT%H%M%SZ).tar.gz}
  [ -f "$KEY_STORE" ] || { echo "No history key at $KEY_STORE (DIENYNAS_HISTORY_KEY): has the server started once?" >&2; exit 1; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mariadb-dump --protocol=socket -uroot --single-transaction --routines --triggers --hex-blob \
    --default-character-set=utf8mb4 "$DB_NAME" >"$work/dump.sql"
  cp "$KEY_STORE" "$work/history-key.cs"
  (cd "$work" && sha256sum dump.sql history-key.cs >SHA256SUMS)
  printf 'database=%s\ntaken=%s\n' "$DB_NAME" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$work/backup.txt"
  mkdir -p "$(dirname "$file")"
  (umask 077 && tar -czf "$file" -C "$work" backup.txt SHA256SUMS dump.sql history-key.cs)
  echo "Backup of $DB_NAME with its history key: $file"
}

restore() {
  local file=${1:?usage: $0 restore FILE}
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  tar -xzf "$file" -C "$work"
  (cd "$work" && sha256sum --quiet -c SHA256SUMS) || { echo "The backup $file is damaged" >&2; exit 1; }
  local tables
  tables=$(as_root -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
  if [ "$tables" != "0" ] && [ "${DIENYNAS_RESTORE_OVERWRITE:-0}" != "1" ]; then
    echo "Database $DB_NAME has $tables tables: set DIENYNAS_RESTORE_OVERWRITE=1 to replace it" >&2
    exit 1
  fi
  as_root -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  as_root "$DB_NAME" <"$work/dump.sql"
  mkdir -p "$(dirname "$KEY_STORE")"
  if [ -f "$KEY_STORE" ] && ! cmp -s "$KEY_STORE" "$work/history-key.cs"; then
    mv "$KEY_STORE" "$KEY_STORE.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
  fi
  install -m 600 "$work/history-key.cs" "$KEY_STORE"
  echo "Restored $file into database $DB_NAME; history key: $KEY_STORE"
}

case "${1:-}" in
  run) run ;;
  stop) stop ;;
  test) shift; run_tests "$@" ;;
  bench) bench ;;
  cluster) shift; cluster_test "$@" ;;
  backup) shift; backup "$@" ;;
  restore) shift; restore "$@" ;;
  *) echo "usage: $0 run | stop | test | cluster | bench | backup [FILE] | restore FILE" >&2; exit 2 ;;
esac
