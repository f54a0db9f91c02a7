#!/usr/bin/env bash
# e. dienynas — one entry point for a developer.
#   ./dienynas.sh run     build, provision WildFly, create the database, start the portal with the demo school
#   ./dienynas.sh stop    stop the portal
#   ./dienynas.sh test    the whole test suite (unit + Arquillian on the real WildFly and MariaDB)
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
DB_URL="jdbc:mariadb://127.0.0.1:3306/$DB_NAME"
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
  "$SERVER/bin/add-user.sh" -s -sc "$PORTAL_BASE/configuration" -u "$CONSOLE_USER" -p "$CONSOLE_PASSWORD"
  echo "Starting WildFly (log: $PORTAL_BASE/log/server.log)"
  nohup "$SERVER/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Ddienynas.db.url="$DB_URL" -Ddienynas.db.user="$DB_USER" -Ddienynas.db.password="$DB_PASSWORD" \
    >"$ROOT/target/portal/console.log" 2>&1 &
  for _ in $(seq 1 120); do
    cli --command=":read-attribute(name=server-state)" 2>/dev/null | grep -q running && break
    sleep 1
  done
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

case "${1:-}" in
  run) run ;;
  stop) stop ;;
  test) shift; run_tests "$@" ;;
  *) echo "usage: $0 run | stop | test" >&2; exit 2 ;;
esac
