#!/usr/bin/env bash
# The WordPress plugin, tested in a real WordPress: `npm run test:wordpress`.
#
# Installs what it needs from Debian when missing (wordpress 6.1 and its
# twentytwentythree theme, mariadb-server, php-cli, php-mysql; Chromium through
# scripts/ensure-browser.mjs), packs the plugin (scripts/wordpress/zip-plugin.mjs,
# which needs `npm run build` first), then runs, on this machine only:
#   - a private MariaDB server (own data folder, Unix socket only, no TCP port),
#   - Debian's WordPress under PHP's built-in server on 127.0.0.1 (a free port),
#     configured by /etc/wordpress/config-hip-widgets-test-<pid>.php with its
#     own wp-content folder, so no real site on this machine is touched;
# installs WordPress, uploads the plugin zip the way "Upload Plugin" does,
# activates it, sets the practice's locations and creates the test pages
# (scripts/wordpress/site.php), checks them in headless Chromium
# (scripts/wordpress/check-site.mjs), and deletes the plugin again.
#
# Every check prints "PASS …" or "FAIL …"; the last line is
# "wordpress: N passed, N failed", and .tmp/wordpress-summary.json has the
# counts. Exits 0 only when every check passed. (The PHP and Node steps exit
# non-zero only when they could not finish.) Everything it started is stopped
# on exit and its files are removed, so a second run starts afresh; with
# HIPWP_KEEP=1 the site stays up, plugin installed, for a look (it prints how
# to stop it). Runs as root, or through sudo for apt-get.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

started=$(date +%s)
passed=0
failed=0
summary="$ROOT/.tmp/wordpress-summary.json"
mkdir -p "$ROOT/.tmp"
rm -f "$summary"

say() { echo "wordpress: $*"; }
step() {
  # Run one step, showing its output, and tally its "PASS …" / "FAIL …" lines.
  local out="${WORK:-$ROOT/.tmp}/step.out" status
  "$@" 2>&1 | tee "$out"
  status=${PIPESTATUS[0]}
  passed=$((passed + $(grep -c '^PASS ' "$out")))
  failed=$((failed + $(grep -c '^FAIL ' "$out")))
  return "$status"
}
setup_failed() {
  echo "FAIL setup: $*"
  if [ -n "$WORK" ] && [ -s "$WORK/debug.log" ]; then tail -n 20 "$WORK/debug.log" | sed 's/^/  debug.log: /'; fi
  failed=$((failed + 1))
  exit 1
}

# apt-get and /etc/wordpress need root: as another user, go through sudo.
prefix=()
[ "$(id -u)" -eq 0 ] || prefix=(sudo)

WORK=""
PHP_PID=""
DB_PID=""
CONFIG_FILE=""
POLICY_ADDED=""
cleanup() {
  local status=$?
  if [ "${HIPWP_KEEP:-}" = 1 ] && [ -n "$WORK" ]; then
    say "kept running (HIPWP_KEEP=1): ${SITE_URL:-} — stop with: kill -- -$PHP_PID; kill $DB_PID; rm -f $CONFIG_FILE; rm -rf $WORK"
  else
    if [ -n "$PHP_PID" ]; then kill -- "-$PHP_PID" 2>/dev/null; wait "$PHP_PID" 2>/dev/null; fi
    if [ -n "$DB_PID" ]; then
      kill "$DB_PID" 2>/dev/null
      for _ in $(seq 1 100); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$DB_PID" 2>/dev/null
      wait "$DB_PID" 2>/dev/null
    fi
    [ -n "$CONFIG_FILE" ] && "${prefix[@]}" rm -f "$CONFIG_FILE"
    [ -n "$WORK" ] && rm -rf "$WORK"
  fi
  [ -n "$POLICY_ADDED" ] && "${prefix[@]}" rm -f /usr/sbin/policy-rc.d
  printf '{"passed":%d,"failed":%d}\n' "$passed" "$failed" >"$summary"
  say "took $(($(date +%s) - started)) s"
  echo "wordpress: $passed passed, $failed failed"
  if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 1. Packages (Debian 12: wordpress 6.1.x).
PACKAGES=(wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]} with apt-get (about 3-7 minutes)..."
  # Installing must not start Apache or the system's MariaDB: this test runs its own servers.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | "${prefix[@]}" tee /usr/sbin/policy-rc.d >/dev/null && "${prefix[@]}" chmod 755 /usr/sbin/policy-rc.d && POLICY_ADDED=1
  fi
  apt_started=$(date +%s)
  installed=""
  for attempt in 1 2; do
    if "${prefix[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      "${prefix[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$ROOT/.tmp/wordpress-apt.log" 2>&1; then
      installed=1
      break
    fi
    [ "$attempt" -eq 1 ] && { say "apt-get failed; retrying in 10 s (log: .tmp/wordpress-apt.log)"; sleep 10; }
  done
  [ -n "$POLICY_ADDED" ] && { "${prefix[@]}" rm -f /usr/sbin/policy-rc.d; POLICY_ADDED=""; }
  [ -n "$installed" ] || { tail -20 "$ROOT/.tmp/wordpress-apt.log"; setup_failed "apt-get install ${missing[*]} failed"; }
  say "installed in $(($(date +%s) - apt_started)) s"
fi
WP_VERSION=$(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;')
say "WordPress $WP_VERSION (Debian $(dpkg-query -W -f='${Version}' wordpress)), PHP $(php -r 'echo PHP_VERSION;'), $(/usr/sbin/mariadbd --version | sed 's/.*Ver //; s/ for.*//')"

CHROME_PATH=$(node scripts/ensure-browser.mjs) || setup_failed "no Chromium"
export CHROME_PATH

# 2. The plugin zip (needs dist/ from `npm run build`).
node scripts/wordpress/zip-plugin.mjs || setup_failed "could not pack the plugin (run npm run build first)"
ZIP="$ROOT/dist/hip-widgets-wordpress.zip"

# 3. A private WordPress content folder and MariaDB server.
WORK=$(mktemp -d /tmp/hip-widgets-wp.XXXXXX)
mkdir -p "$WORK/wp-content/plugins" "$WORK/wp-content/themes" "$WORK/wp-content/uploads" "$WORK/db"
ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$WORK/wp-content/themes/twentytwentythree"
SOCKET="$WORK/mysqld.sock"

mariadb-install-db --no-defaults --datadir="$WORK/db" --user="$(id -un)" --auth-root-authentication-method=normal \
  --skip-test-db >"$WORK/mariadb-install.log" 2>&1 || { tail -20 "$WORK/mariadb-install.log"; setup_failed "mariadb-install-db failed"; }
/usr/sbin/mariadbd --no-defaults --datadir="$WORK/db" --socket="$SOCKET" --pid-file="$WORK/mysqld.pid" \
  --skip-networking --user="$(id -un)" --log-error="$WORK/mariadb.log" --innodb-buffer-pool-size=64M \
  --innodb-flush-log-at-trx-commit=0 </dev/null >/dev/null 2>&1 &
DB_PID=$!
for _ in $(seq 1 150); do
  mariadb --no-defaults -S "$SOCKET" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
  kill -0 "$DB_PID" 2>/dev/null || { tail -20 "$WORK/mariadb.log"; setup_failed "MariaDB did not start"; }
  sleep 0.2
done
mariadb --no-defaults -S "$SOCKET" -uroot -e 'CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' ||
  setup_failed "could not create the database"

# 4. WordPress's config (Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php).
PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
SITE_URL="http://127.0.0.1:$PORT"
# Config files of earlier runs that were killed before they could clean up.
for stale in /etc/wordpress/config-hip-widgets-test-*.php; do
  [ -e "$stale" ] || continue
  pid=${stale##*-test-}; pid=${pid%.php}
  kill -0 "$pid" 2>/dev/null || "${prefix[@]}" rm -f "$stale"
done
export WORDPRESS_CONFIG="hip-widgets-test-$$"
CONFIG_FILE="/etc/wordpress/config-$WORDPRESS_CONFIG.php"
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
"${prefix[@]}" tee "$CONFIG_FILE" >/dev/null <<PHP || setup_failed "could not write $CONFIG_FILE"
<?php
// Written by scripts/wordpress/test-wordpress.sh for one test run; removed when it ends.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:$SOCKET' );
define( 'WP_HOME', '$SITE_URL' );
define( 'WP_SITEURL', '$SITE_URL' );
define( 'WP_CONTENT_DIR', '$WORK/wp-content' );
define( 'WP_CONTENT_URL', '$SITE_URL/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$WORK/debug.log' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
PHP

# 5. PHP's built-in server on 127.0.0.1 only.
# Its own process group (setsid), so that stopping it also stops its worker processes.
# OPcache is off for PHP's command line by default; on, WordPress's pages come about twice as fast.
HIPWP_CONTENT_DIR="$WORK/wp-content" PHP_CLI_SERVER_WORKERS=8 \
  setsid php -d opcache.enable_cli=1 -S "127.0.0.1:$PORT" -t /usr/share/wordpress "$ROOT/scripts/wordpress/router.php" </dev/null >"$WORK/php-server.log" 2>&1 &
PHP_PID=$!
for _ in $(seq 1 50); do
  node -e 'require("net").connect(+process.argv[1],"127.0.0.1").on("connect",()=>process.exit(0)).on("error",()=>process.exit(1))' "$PORT" && break
  kill -0 "$PHP_PID" 2>/dev/null || { cat "$WORK/php-server.log"; setup_failed "PHP's server did not start"; }
  sleep 0.1
done

# 6. Install WordPress and the plugin, create the pages; PHP-side checks.
HIPWP_PASSWORD=$(salt)
export HIPWP_SITE_URL="$SITE_URL" HIPWP_ZIP="$ZIP" HIPWP_ROOT="$ROOT" HIPWP_WORK="$WORK" HIPWP_PASSWORD
say "installing WordPress at $SITE_URL"
step php "$ROOT/scripts/wordpress/site.php" install || setup_failed "scripts/wordpress/site.php install did not finish"
step php "$ROOT/scripts/wordpress/site.php" setup || setup_failed "scripts/wordpress/site.php setup did not finish"

# 7. The pages in Chromium.
step node "$ROOT/scripts/wordpress/check-site.mjs" || setup_failed "scripts/wordpress/check-site.mjs did not finish"
step node "$ROOT/scripts/wordpress/check-optimizers.mjs" || setup_failed "scripts/wordpress/check-optimizers.mjs did not finish"

# 8. The WordPress 6.5+ branch (script modules), which Debian's 6.1 cannot show in a browser.
step php "$ROOT/scripts/wordpress/site.php" modules || setup_failed "scripts/wordpress/site.php modules did not finish"

# 9. Uninstalling removes the option.
if [ "${HIPWP_KEEP:-}" = 1 ]; then
  say "HIPWP_KEEP=1: not uninstalling the plugin"
else
  step php "$ROOT/scripts/wordpress/site.php" uninstall || setup_failed "scripts/wordpress/site.php uninstall did not finish"
fi

# 10. WordPress's own log (WP_DEBUG): no PHP warning, notice or error, and no "called incorrectly" (PHP 8.2's
#     deprecation notices about WordPress 6.1's own code are not the plugin's).
#     Nor WordPress's own update checks failing: this machine cannot reach WordPress.org, on purpose.
problems=$(grep -E 'PHP (Warning|Notice|Fatal error|Parse error)|called <strong>incorrectly|hip-widgets|hip_widgets' "$WORK/debug.log" 2>/dev/null |
  grep -v -e 'PHP Deprecated' -e 'wp-includes/update.php')
if [ -n "$problems" ]; then
  echo "FAIL WordPress's debug log has warnings or errors:"
  echo "$problems" | head -20 | sed 's/^/  /'
  failed=$((failed + 1))
else
  echo "PASS WordPress's debug log has no PHP warning, notice or error"
  passed=$((passed + 1))
fi
if grep -qiE 'PHP (Fatal|Parse) error' "$WORK/php-server.log"; then
  echo "FAIL PHP's server log has fatal errors:"; grep -iE 'PHP (Fatal|Parse) error' "$WORK/php-server.log" | head -5 | sed 's/^/  /'
  failed=$((failed + 1))
fi
