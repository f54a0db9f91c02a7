#!/usr/bin/env bash
# Makes sure MariaDB runs on this machine and that the two application accounts exist (idempotent):
#   the schema owner (DIENYNAS_DB_USER, default dienynas): runs the migrations, the demo loader, the tests'
#     fixtures and the benchmark; all privileges on dienynas and dienynas_* with GRANT OPTION, so that the
#     migrator can give the runtime account its table privileges after every migration
#   the runtime account (DIENYNAS_APP_DB_USER, default dienynas_app): what the running portal uses; here only
#     SELECT (to connect); lt.dienynas.shared.SchemaMigrator grants it INSERT/UPDATE/DELETE table by table,
#     never DDL, TRIGGER or UPDATE/DELETE on the history
#   scripts/mariadb.sh                 start (installing with apt-get where missing) + user
#   scripts/mariadb.sh create NAME     (re)creates nothing if NAME exists; creates it utf8mb4 otherwise
#   scripts/mariadb.sh fresh NAME      drops and recreates database NAME (throw-away test databases)
set -euo pipefail

DB_USER=${DIENYNAS_DB_USER:-dienynas}
DB_PASSWORD=${DIENYNAS_DB_PASSWORD:-dienynas}
APP_DB_USER=${DIENYNAS_APP_DB_USER:-dienynas_app}
APP_DB_PASSWORD=${DIENYNAS_APP_DB_PASSWORD:-dienynas_app}

as_root() { mysql --protocol=socket -uroot "$@"; }

ensure_installed() {
  if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
    echo "MariaDB is not installed: installing it with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq mariadb-server mariadb-client >/dev/null
  fi
}

ensure_running() {
  if mysqladmin --protocol=socket -uroot ping >/dev/null 2>&1; then
    return
  fi
  echo "Starting MariaDB" >&2
  mkdir -p /run/mysqld && chown mysql /run/mysqld
  if [ ! -d /var/lib/mysql/mysql ]; then
    mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
  fi
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd --chuid mysql -- --user=mysql
  for _ in $(seq 1 60); do
    mysqladmin --protocol=socket -uroot ping >/dev/null 2>&1 && return
    sleep 1
  done
  echo "MariaDB did not start within 60 s" >&2
  exit 1
}

ensure_user() {
  as_root <<SQL
CREATE USER IF NOT EXISTS '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`dienynas\`.* TO '${DB_USER}'@'127.0.0.1', '${DB_USER}'@'localhost' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON \`dienynas\\_%\`.* TO '${DB_USER}'@'127.0.0.1', '${DB_USER}'@'localhost' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS '${APP_DB_USER}'@'127.0.0.1' IDENTIFIED BY '${APP_DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${APP_DB_USER}'@'localhost' IDENTIFIED BY '${APP_DB_PASSWORD}';
GRANT SELECT ON \`dienynas\`.* TO '${APP_DB_USER}'@'127.0.0.1', '${APP_DB_USER}'@'localhost';
GRANT SELECT ON \`dienynas\\_%\`.* TO '${APP_DB_USER}'@'127.0.0.1', '${APP_DB_USER}'@'localhost';
FLUSH PRIVILEGES;
SQL
}

create_db() {
  as_root -e "CREATE DATABASE IF NOT EXISTS \`$1\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

ensure_installed
ensure_running
ensure_user
case "${1:-}" in
  create) create_db "$2" ;;
  fresh) as_root -e "DROP DATABASE IF EXISTS \`$2\`"; create_db "$2" ;;
  "") ;;
  *) echo "usage: $0 [create NAME | fresh NAME]" >&2; exit 2 ;;
esac
