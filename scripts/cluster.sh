#!/usr/bin/env bash
# Issue 19: two WildFly nodes and a load balancer on this machine, from the servers config/ provisions with
# -Pcluster. Used by ClusterFailoverIT (./dienynas.sh cluster) and the benchmark (BENCH_CLUSTER=1).
#   scripts/cluster.sh start DIR DB_URL [BALANCER_OFFSET]
#       DIR/node1, DIR/node2: copies of config/target/cluster-server (web-clustering: sessions in Infinispan,
#         JGroups over TCP with TCPPING on 127.0.0.1), port offsets BALANCER_OFFSET + 100 and + 200, each with
#         ear/target/dienynas.ear; node1 starts first (its deployment migrates the schema and creates the
#         history key, DIR/history-key.cs, which both nodes share), then node2
#       DIR/balancer: a copy of config/target/server with config/src/main/cli/balancer.cli (Undertow's reverse
#         proxy, sticky sessions by route, retry on the other node), port offset BALANCER_OFFSET (default 500:
#         the portal at http://127.0.0.1:8580/dienynas/, the nodes at 8680 and 8780)
#       DIR/<name>.pid holds each server's JVM process id; the logs are DIR/<name>/standalone/log/server.log
#   scripts/cluster.sh stop DIR      shuts the three down (those still running)
# CLUSTER_HISTORY_KEY: the history MAC key of a database that has one already (the portal's:
# ~/.dienynas/<db>-history-key.cs), instead of a new DIR/history-key.cs.
# The database accounts are DIENYNAS_DB_USER / DIENYNAS_APP_DB_USER (as scripts/mariadb.sh creates them);
# CLUSTER_JAVA_OPTS replaces the nodes' JVM options.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NODE_HOME=${CLUSTER_NODE_HOME:-$ROOT/config/target/cluster-server}
BALANCER_HOME=${CLUSTER_BALANCER_HOME:-$ROOT/config/target/server}
EAR=${CLUSTER_EAR:-$ROOT/ear/target/dienynas.ear}
DB_USER=${DIENYNAS_DB_USER:-dienynas}
DB_PASSWORD=${DIENYNAS_DB_PASSWORD:-dienynas}
APP_DB_USER=${DIENYNAS_APP_DB_USER:-dienynas_app}
APP_DB_PASSWORD=${DIENYNAS_APP_DB_PASSWORD:-dienynas_app}
JAVA_OPTS_NODE=${CLUSTER_JAVA_OPTS:--Xms256m -Xmx1g -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Dfile.encoding=UTF-8 -Duser.timezone=UTC}

# copy of a provisioned server without its running state
copy_server() {
  rm -rf "$2"
  mkdir -p "$2"
  (cd "$1" && tar --exclude=./standalone/data --exclude=./standalone/tmp --exclude=./standalone/log \
    --exclude=./standalone/configuration/standalone_xml_history \
    --exclude=./standalone/configuration/dienynas-history.cs -cf - .) | (cd "$2" && tar -xf -)
}

# waits until the URL answers below 400 (a loaded machine boots a node with the EAR in 20 s to 3 min)
await() {
  for _ in $(seq 1 360); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 "$1" || true)
    if [ "$code" != "000" ] && [ "$code" -lt 400 ]; then return 0; fi
    sleep 0.5
  done
  echo "$1 did not answer; see the server logs under $DIR" >&2
  return 1
}

# the server JVM under standalone.sh (not the "java -version" it runs first)
jvm_of() {
  for _ in $(seq 1 100); do
    pid=$(pgrep -P "$1" -f jboss-modules.jar || true)
    [ -n "$pid" ] && { echo "$pid"; return 0; }
    sleep 0.1
  done
  return 1
}

# refuses to start where something already answers on the port (another build's server)
free() {
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/"; then
    echo "Port $1 is in use: stop what runs there, or choose another BALANCER_OFFSET" >&2
    exit 1
  fi
}

start_node() { # name offset
  local name=$1 offset=$2 dir=$DIR/$1
  free $((8080 + offset))
  copy_server "$NODE_HOME" "$dir"
  cp "$EAR" "$dir/standalone/deployments/"
  JAVA_OPTS="$JAVA_OPTS_NODE" nohup "$dir/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Djboss.node.name="$name" -Djboss.tx.node.id="$name" -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.bind.address.private=127.0.0.1 -Ddienynas.cluster.members="$MEMBERS" \
    -Ddienynas.history.key-store="$KEY" \
    -Ddienynas.db.url="$DB_URL" -Ddienynas.db.user="$DB_USER" -Ddienynas.db.password="$DB_PASSWORD" \
    -Ddienynas.db.app.user="$APP_DB_USER" -Ddienynas.db.app.password="$APP_DB_PASSWORD" \
    >"$dir/console.log" 2>&1 &
  jvm_of $! >"$DIR/$name.pid"
}

start() {
  DIR=$(mkdir -p "$1" && cd "$1" && pwd)
  DB_URL=$2
  local balancer=${3:-500}
  local node1=$((balancer + 100)) node2=$((balancer + 200))
  [ -d "$NODE_HOME" ] || { echo "No $NODE_HOME: build with -Pcluster first" >&2; exit 1; }
  MEMBERS="127.0.0.1[$((7600 + node1))],127.0.0.1[$((7600 + node2))]"
  KEY=${CLUSTER_HISTORY_KEY:-$DIR/history-key.cs}
  [ -n "${CLUSTER_HISTORY_KEY:-}" ] || rm -f "$KEY"
  echo "Starting node1 (offset $node1, log $DIR/node1/standalone/log/server.log)"
  start_node node1 "$node1"
  await "http://127.0.0.1:$((8080 + node1))/dienynas/login.xhtml"
  chmod 600 "$KEY"
  echo "Starting node2 (offset $node2, log $DIR/node2/standalone/log/server.log)"
  start_node node2 "$node2"
  await "http://127.0.0.1:$((8080 + node2))/dienynas/login.xhtml"
  echo "Starting the balancer (offset $balancer, log $DIR/balancer/standalone/log/server.log)"
  free $((8080 + balancer))
  copy_server "$BALANCER_HOME" "$DIR/balancer"
  "$DIR/balancer/bin/jboss-cli.sh" --file="$ROOT/config/src/main/cli/balancer.cli" >"$DIR/balancer-cli.log" 2>&1
  JAVA_OPTS="-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true" nohup "$DIR/balancer/bin/standalone.sh" \
    -b 127.0.0.1 -bmanagement 127.0.0.1 -Djboss.node.name=balancer -Djboss.socket.binding.port-offset="$balancer" \
    -Ddienynas.balancer.node1.port=$((8080 + node1)) -Ddienynas.balancer.node2.port=$((8080 + node2)) \
    -Ddienynas.history.key-store="$DIR/balancer/standalone/configuration/unused.cs" \
    -Ddienynas.db.url="$DB_URL" -Ddienynas.db.user="$DB_USER" -Ddienynas.db.password="$DB_PASSWORD" \
    -Ddienynas.db.app.user="$APP_DB_USER" -Ddienynas.db.app.password="$APP_DB_PASSWORD" \
    >"$DIR/balancer/console.log" 2>&1 &
  jvm_of $! >"$DIR/balancer.pid"
  await "http://127.0.0.1:$((8080 + balancer))/dienynas/login.xhtml"
  echo "The cluster runs: http://127.0.0.1:$((8080 + balancer))/dienynas/ (nodes on $((8080 + node1)) and $((8080 + node2)))"
}

stop() {
  local dir=$1
  for name in balancer node2 node1; do
    [ -f "$dir/$name.pid" ] || continue
    pid=$(cat "$dir/$name.pid")
    if kill "$pid" 2>/dev/null; then
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/$name.pid"
  done
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) echo "usage: $0 start DIR DB_URL [BALANCER_OFFSET] | stop DIR" >&2; exit 2 ;;
esac
