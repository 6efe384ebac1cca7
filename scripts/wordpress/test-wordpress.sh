#!/usr/bin/env bash
# The WordPress plugin, tested in two real WordPresses: `npm run test:wordpress`.
#
# The versions, one after the other (HIPWP_VERSIONS="6.1" or "6.5" runs one, for local work):
#   6.1  Debian 12's wordpress package (6.1.9) with its twentytwentythree theme: the plugin's
#        classic branch (wp_enqueue_script, made type="module" by a filter);
#   6.5  WordPress 6.5.5 with twentytwentyfour (a block theme): the script-module branch
#        (wp_enqueue_script_module, and the plugin's own module tag for widgets found only after
#        the head). It comes from the npm package @wp-playground/wordpress-builds@0.9.19, fetched
#        once with `npm pack` (158 MB, its sha512 pinned below; about 15 s on this project's
#        machines) into the cache folder $HIPWP_CACHE (default ${XDG_CACHE_HOME:-~/.cache}/hip-widgets)
#        and unpacked there into a core that every run shares and none writes to: its wp-config.php
#        reads the run's own settings from the file HIPWP_WP_CONFIG names.
#
# Installs what it needs from Debian when missing (wordpress 6.1 and its twentytwentythree
# theme, mariadb-server, php-cli, php-mysql, unzip; Chromium through scripts/ensure-browser.mjs),
# packs the plugin (scripts/wordpress/zip-plugin.mjs, which needs `npm run build` first), then,
# for each version, on this machine only:
#   - a private MariaDB server (own data folder, Unix socket only, no TCP port),
#   - the WordPress under PHP's built-in server on 127.0.0.1 (a free port) with its own
#     wp-content folder and settings (Debian's: /etc/wordpress/config-hip-widgets-test-<pid>.php;
#     6.5.5: wp-config.php in the run's folder), so no real site on this machine is touched;
# installs WordPress, uploads the plugin zip the way "Upload Plugin" does, activates it, sets the
# practice's locations and creates the test pages (scripts/wordpress/site.php), checks them in
# headless Chromium (scripts/wordpress/check-site.mjs), deletes the plugin again and reads
# WordPress's debug log. Then the same WordPress as a multisite network in subdirectories (its own
# database, wp-content folder, settings and PHP server; router.php rewrites as the network's
# .htaccess would): the plugin network-activated, each site's administrator saving that site's
# settings, each site's page pre-rendered with its own location, the block on the Dutch site /zuid/
# (scripts/wordpress/site-network.php, check-network.mjs, check-block.mjs, check-languages.mjs).
#
# Every check prints "PASS [version] …" or "FAIL [version] …" (each version's lines are also in
# .tmp/wordpress-<version>.log); the last line is "wordpress: N passed, N failed" for all versions
# together, and .tmp/wordpress-summary.json has those counts and each version's. Exits 0 only when
# every check passed. (The PHP and Node steps exit non-zero only when they could not finish.)
# Everything a version's run started is stopped when it ends and its files are removed, so a
# second run starts afresh; with HIPWP_KEEP=1 the sites stay up, plugin installed, for a look (it
# prints how to stop them; with HIPWP_SITE_INFO=FILE also appends each kept site to FILE as a line
# of JSON: url, phpGroup, dbPid, configFile, wordpressConfig, work, core). Runs as root, or through
# sudo for apt-get.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

# WordPress 6.5.5: where it comes from, and the tarball's integrity as `npm pack` prints it.
WP65_PACKAGE=@wp-playground/wordpress-builds@0.9.19
WP65_INTEGRITY=sha512-dlqvh/MJDpE5W68vgPPKUjpip6zMuBh59L3D18ZX+pdwurC4q4ydrTww/3sTMV69BBcoH6kF93YtAtujNC5Mpw==
WP65_VERSION=6.5.5
CACHE=${HIPWP_CACHE:-${XDG_CACHE_HOME:-${HOME:-$ROOT}/.cache}/hip-widgets}
WP65_CORE="$CACHE/wordpress-$WP65_VERSION-from-wordpress-builds-${WP65_PACKAGE##*@}"

started=$(date +%s)
passed=0
failed=0
versions_json=""
summary="$ROOT/.tmp/wordpress-summary.json"
mkdir -p "$ROOT/.tmp"
rm -f "$summary" "$ROOT"/.tmp/wordpress-6.*.log

say() { echo "wordpress: $*"; }
# A failure before any version ran (packages, browser, plugin zip): counted, and the end.
abort() {
  echo "FAIL setup: $*"
  failed=$((failed + 1))
  exit 1
}

# apt-get and /etc/wordpress need root: as another user, go through sudo.
prefix=()
[ "$(id -u)" -eq 0 ] || prefix=(sudo)

versions=${HIPWP_VERSIONS:-6.1 6.5}
read -r -a VERSIONS <<<"${versions//,/ }"
for version in "${VERSIONS[@]}"; do
  case "$version" in 6.1 | 6.5) ;; *) echo "wordpress: HIPWP_VERSIONS may name 6.1 and 6.5, not \"$version\"" >&2; exit 2 ;; esac
done
has_version() { [[ " ${VERSIONS[*]} " == *" $1 "* ]]; }

# Adds a version's counts from its log; a run that ended without a reason (killed) is one failure.
running_log=""
tally() {
  local label=$1 log=$2 run_status=$3 version_passed version_failed
  version_passed=$(grep -c '^PASS ' "$log")
  version_failed=$(grep -c '^FAIL ' "$log")
  if [ "$run_status" -ne 0 ] && [ "$version_failed" -eq 0 ]; then
    echo "FAIL [$label] the run stopped (exit status $run_status)" | tee -a "$log"
    version_failed=1
  fi
  say "WordPress $label: $version_passed passed, $version_failed failed"
  passed=$((passed + version_passed))
  failed=$((failed + version_failed))
  versions_json+="${versions_json:+,}\"$label\":{\"passed\":$version_passed,\"failed\":$version_failed}"
}

POLICY_ADDED=""
FETCH_TMP=""
finish() {
  local status=$?
  [ -n "$POLICY_ADDED" ] && "${prefix[@]}" rm -f /usr/sbin/policy-rc.d
  [ -n "$FETCH_TMP" ] && rm -rf "$FETCH_TMP"
  [ -n "$running_log" ] && tally "$VERSION_LABEL" "$running_log" "$((status ? status : 1))"
  printf '{"passed":%d,"failed":%d,"versions":{%s}}\n' "$passed" "$failed" "$versions_json" >"$summary"
  say "took $(($(date +%s) - started)) s"
  echo "wordpress: $passed passed, $failed failed"
  if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
  exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

# 1. Packages (Debian 12: wordpress 6.1.x).
ensure_packages() {
  local packages=(mariadb-server php-cli php-mysql) missing=() package attempt installed="" apt_started
  has_version 6.1 && packages+=(wordpress wordpress-theme-twentytwentythree)
  has_version 6.5 && packages+=(unzip)
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ "${#missing[@]}" -gt 0 ] || return 0
  say "installing ${missing[*]} with apt-get (about 3-7 minutes)..."
  # Installing must not start Apache or the system's MariaDB: this test runs its own servers.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | "${prefix[@]}" tee /usr/sbin/policy-rc.d >/dev/null && "${prefix[@]}" chmod 755 /usr/sbin/policy-rc.d && POLICY_ADDED=1
  fi
  apt_started=$(date +%s)
  for attempt in 1 2; do
    if "${prefix[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      "${prefix[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$ROOT/.tmp/wordpress-apt.log" 2>&1; then
      installed=1
      break
    fi
    [ "$attempt" -eq 1 ] && { say "apt-get failed; retrying in 10 s (log: .tmp/wordpress-apt.log)"; sleep 10; }
  done
  [ -n "$POLICY_ADDED" ] && { "${prefix[@]}" rm -f /usr/sbin/policy-rc.d; POLICY_ADDED=""; }
  [ -n "$installed" ] || { tail -20 "$ROOT/.tmp/wordpress-apt.log"; abort "apt-get install ${missing[*]} failed"; }
  say "installed in $(($(date +%s) - apt_started)) s"
}

# 2. WordPress 6.5.5, once per cache folder: the PHP files from the package's wp-6.5.zip, its
#    static files (public/wp-6.5/) over them, and a wp-config.php that reads each run's own.
#    Built beside the cache and renamed into place, so a broken or concurrent fetch leaves nothing half done.
ensure_wp65() {
  [ -f "$WP65_CORE/wp-settings.php" ] && return 0
  local fetch_started tmp tarball got
  fetch_started=$(date +%s)
  mkdir -p "$CACHE" || abort "cannot create the cache folder $CACHE"
  tmp=$(mktemp -d "$CACHE/.fetch.XXXXXX") || abort "cannot write to the cache folder $CACHE"
  FETCH_TMP=$tmp # Removed at the end, whatever happens.
  say "fetching WordPress $WP65_VERSION ($WP65_PACKAGE, 158 MB) into $CACHE..."
  # A throw-away npm cache: the tarball is needed once, not a second time in ~/.npm.
  (cd "$tmp" && npm pack "$WP65_PACKAGE" --cache "$tmp/npm-cache" --silent >"$tmp/pack.out" 2>"$tmp/pack.err") ||
    { cat "$tmp/pack.err"; abort "npm pack $WP65_PACKAGE failed"; }
  tarball="$tmp/$(tail -n 1 "$tmp/pack.out")"
  got=$(node -e 'const { createHash } = require("crypto"); const hash = createHash("sha512");
    require("fs").createReadStream(process.argv[1]).on("data", (d) => hash.update(d)).on("end", () => console.log("sha512-" + hash.digest("base64")));' "$tarball")
  [ "$got" = "$WP65_INTEGRITY" ] || abort "$WP65_PACKAGE: integrity $got is not the pinned $WP65_INTEGRITY"
  mkdir "$tmp/core"
  tar -xzf "$tarball" -C "$tmp" package/src/wordpress/wp-6.5.zip package/public/wp-6.5 &&
    unzip -q "$tmp/package/src/wordpress/wp-6.5.zip" -d "$tmp/core" &&
    cp -R "$tmp/package/public/wp-6.5/." "$tmp/core/" ||
    abort "could not unpack WordPress $WP65_VERSION from $WP65_PACKAGE"
  grep -q "\$wp_version = '$WP65_VERSION'" "$tmp/core/wp-includes/version.php" || abort "$WP65_PACKAGE has no WordPress $WP65_VERSION"
  cat >"$tmp/core/wp-config.php" <<'PHP'
<?php
/*
 * Written by scripts/wordpress/test-wordpress.sh: this WordPress core is shared by the plugin
 * test's runs, each with its own database, wp-content folder and keys, in the file that
 * HIPWP_WP_CONFIG names.
 */
$hipwp_config = getenv( 'HIPWP_WP_CONFIG' );
if ( ! $hipwp_config || ! is_file( $hipwp_config ) ) {
	header( 'HTTP/1.0 503 Service Unavailable' );
	exit( "HIPWP_WP_CONFIG does not name a test run's settings file.\n" );
}
require $hipwp_config;
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP
  # Another run may have finished the same fetch meanwhile: then keep that one.
  mv -T "$tmp/core" "$WP65_CORE" 2>/dev/null || [ -f "$WP65_CORE/wp-settings.php" ] || abort "could not move WordPress $WP65_VERSION into $WP65_CORE"
  rm -rf "$tmp"
  FETCH_TMP=""
  say "WordPress $WP65_VERSION fetched and unpacked in $(($(date +%s) - fetch_started)) s"
}

# 3. One version's run, in a subshell of its own (its exit stops and removes what it started).
#    Uses CORE (the WordPress folder), THEME and VERSION_LABEL.
run_version() {
  # Not local: stop_version, the subshell's exit trap, runs after this function has returned.
  WORK="" PHP_PID="" DB_PID="" CONFIG_FILE="" SITE_URL="" NET_PHP_PID="" NET_CONFIG_FILE="" NET_URL=""
  setup_failed() {
    echo "FAIL setup: $*"
    if [ -n "$WORK" ] && [ -s "$WORK/debug.log" ]; then tail -n 20 "$WORK/debug.log" | sed 's/^/  debug.log: /'; fi
    exit 1
  }
  stop_version() {
    trap '' PIPE # The output's reader may be gone (Ctrl-C): stopping must go on regardless.
    if [ "${HIPWP_KEEP:-}" = 1 ] && [ -n "$WORK" ]; then
      say "kept running (HIPWP_KEEP=1): $SITE_URL${NET_URL:+ and the network $NET_URL/ (/zuid/)} — stop with: kill -- -$PHP_PID;${NET_PHP_PID:+ kill -- -$NET_PHP_PID;} kill $DB_PID;${CONFIG_FILE:+ ${prefix[*]} rm -f $CONFIG_FILE${NET_CONFIG_FILE:+ $NET_CONFIG_FILE};} rm -rf $WORK"
      # For a script that uses the kept site (npm run bench): the same, as JSON, one line per version.
      if [ -n "${HIPWP_SITE_INFO:-}" ]; then
        printf '{"version":"%s","url":"%s","phpGroup":%d,"dbPid":%d,"configFile":"%s","wordpressConfig":"%s","work":"%s","core":"%s"}\n' \
          "$VERSION_LABEL" "$SITE_URL" "$PHP_PID" "$DB_PID" "${CONFIG_FILE:-}" "${WORDPRESS_CONFIG:-}" "$WORK" "$CORE" >>"$HIPWP_SITE_INFO"
      fi
      return
    fi
    if [ -n "$PHP_PID" ]; then kill -- "-$PHP_PID" 2>/dev/null; wait "$PHP_PID" 2>/dev/null; fi
    if [ -n "$NET_PHP_PID" ]; then kill -- "-$NET_PHP_PID" 2>/dev/null; wait "$NET_PHP_PID" 2>/dev/null; fi
    if [ -n "$DB_PID" ]; then
      kill "$DB_PID" 2>/dev/null
      for _ in $(seq 1 100); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$DB_PID" 2>/dev/null
      wait "$DB_PID" 2>/dev/null
    fi
    [ -n "$CONFIG_FILE" ] && "${prefix[@]}" rm -f "$CONFIG_FILE"
    [ -n "$NET_CONFIG_FILE" ] && "${prefix[@]}" rm -f "$NET_CONFIG_FILE"
    [ -n "$WORK" ] && rm -rf "$WORK"
  }
  trap stop_version EXIT
  trap 'exit 130' INT TERM
  local version_started stale pid problems
  version_started=$(date +%s)
  say "WordPress $VERSION_LABEL ($CORE) with $THEME, PHP $(php -r 'echo PHP_VERSION;'), $(/usr/sbin/mariadbd --version | sed 's/.*Ver //; s/ for.*//')"

  # A private WordPress content folder and MariaDB server.
  WORK=$(mktemp -d /tmp/hip-widgets-wp.XXXXXX)
  mkdir -p "$WORK/wp-content/plugins" "$WORK/wp-content/themes" "$WORK/wp-content/uploads" "$WORK/wp-content/mu-plugins" "$WORK/db"
  ln -s "$CORE/wp-content/themes/$THEME" "$WORK/wp-content/themes/$THEME"
  # A must-use plugin that prints a page's shortcode in the footer, after the head (footer-shortcode.php).
  ln -s "$ROOT/scripts/wordpress/footer-shortcode.php" "$WORK/wp-content/mu-plugins/footer-shortcode.php"
  # And one that gives a page its own page config (page-config-filter.php), for the pre-render checks.
  ln -s "$ROOT/scripts/wordpress/page-config-filter.php" "$WORK/wp-content/mu-plugins/page-config-filter.php"
  # And one that gives posts marked for it the classic editor, as the Classic Editor plugin does (classic-editor.php).
  ln -s "$ROOT/scripts/wordpress/classic-editor.php" "$WORK/wp-content/mu-plugins/classic-editor.php"
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

  # WordPress's settings: Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php,
  # the 6.5.5 core's the file HIPWP_WP_CONFIG names.
  PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
  SITE_URL="http://127.0.0.1:$PORT"
  if [ "$CORE" = /usr/share/wordpress ]; then
    # Settings of earlier runs that were killed before they could clean up.
    for stale in /etc/wordpress/config-hip-widgets-test-*.php; do
      [ -e "$stale" ] || continue
      pid=${stale##*-test-}; pid=${pid%.php}; pid=${pid%-network}
      kill -0 "$pid" 2>/dev/null || "${prefix[@]}" rm -f "$stale"
    done
    export WORDPRESS_CONFIG="hip-widgets-test-$$"
    CONFIG_FILE="/etc/wordpress/config-$WORDPRESS_CONFIG.php"
    site_config | "${prefix[@]}" tee "$CONFIG_FILE" >/dev/null || setup_failed "could not write $CONFIG_FILE"
  else
    export HIPWP_WP_CONFIG="$WORK/wp-config.php"
    site_config >"$HIPWP_WP_CONFIG" || setup_failed "could not write $HIPWP_WP_CONFIG"
  fi

  start_php "$PORT" "$WORK/wp-content" "$WORK/php-server.log"
  PHP_PID=$STARTED_PID

  # Install WordPress and the plugin, create the pages; PHP-side checks.
  HIPWP_PASSWORD=$(salt)
  export HIPWP_SITE_URL="$SITE_URL" HIPWP_ZIP="$ZIP" HIPWP_ROOT="$ROOT" HIPWP_WORK="$WORK" HIPWP_PASSWORD HIPWP_CORE="$CORE" HIPWP_THEME="$THEME"
  say "installing WordPress $VERSION_LABEL at $SITE_URL"
  php "$ROOT/scripts/wordpress/site.php" install || setup_failed "scripts/wordpress/site.php install did not finish"
  php "$ROOT/scripts/wordpress/site.php" setup || setup_failed "scripts/wordpress/site.php setup did not finish"

  # The pages in Chromium.
  node "$ROOT/scripts/wordpress/check-site.mjs" || setup_failed "scripts/wordpress/check-site.mjs did not finish"
  # The dataLayer opt-in: off, on from the settings page, off again; a visitor's clicks each time.
  node "$ROOT/scripts/wordpress/check-conversions.mjs" || setup_failed "scripts/wordpress/check-conversions.mjs did not finish"
  # The pre-rendered content against the renderer's, hydration, and the page without JavaScript.
  node "$ROOT/scripts/wordpress/check-prerender.mjs" || setup_failed "scripts/wordpress/check-prerender.mjs did not finish"
  # What optimizers and caches do to the page (delayed scripts, a combined file, full-page caching).
  node "$ROOT/scripts/wordpress/check-optimizers.mjs" || setup_failed "scripts/wordpress/check-optimizers.mjs did not finish"
  # The block "Heupklachten" as an Editor uses it: inserted, set up in the sidebar, published, reopened.
  node "$ROOT/scripts/wordpress/check-block.mjs" || setup_failed "scripts/wordpress/check-block.mjs did not finish"
  # The classic editor: an element typed in the Text tab, then the Visual tab (docs/wordpress-classic-editor.md).
  node "$ROOT/scripts/wordpress/check-classic.mjs" || setup_failed "scripts/wordpress/check-classic.mjs did not finish"

  # The script-module branch at each moment the widgets may be found (WordPress 6.5's API, or a stand-in on 6.1).
  php "$ROOT/scripts/wordpress/site.php" modules || setup_failed "scripts/wordpress/site.php modules did not finish"

  # Uninstalling removes the option.
  if [ "${HIPWP_KEEP:-}" = 1 ]; then
    say "HIPWP_KEEP=1: not uninstalling the plugin"
  else
    php "$ROOT/scripts/wordpress/site.php" uninstall || setup_failed "scripts/wordpress/site.php uninstall did not finish"
  fi
  check_logs "" "$WORK/debug.log" "$WORK/php-server.log"

  run_network
  say "WordPress $VERSION_LABEL took $(($(date +%s) - version_started)) s"
}

# PHP's built-in server on 127.0.0.1 only, serving CORE through router.php with a wp-content folder;
# sets STARTED_PID. Its own process group (setsid), so that stopping it also stops its worker processes.
# OPcache is off for PHP's command line by default; on, WordPress's pages come about twice as fast.
# Arguments: port, wp-content folder, log file, then NAME=value pairs for the server's environment
# (the network's WORDPRESS_CONFIG or HIPWP_WP_CONFIG, HIPWP_MULTISITE).
start_php() {
  local port=$1 content=$2 log=$3
  shift 3
  env "$@" HIPWP_CONTENT_DIR="$content" HIPWP_CORE="$CORE" PHP_CLI_SERVER_WORKERS=8 \
    setsid php -d opcache.enable_cli=1 -S "127.0.0.1:$port" -t "$CORE" "$ROOT/scripts/wordpress/router.php" </dev/null >"$log" 2>&1 &
  STARTED_PID=$!
  for _ in $(seq 1 50); do
    node -e 'require("net").connect(+process.argv[1],"127.0.0.1").on("connect",()=>process.exit(0)).on("error",()=>process.exit(1))' "$port" && return 0
    kill -0 "$STARTED_PID" 2>/dev/null || { cat "$log"; setup_failed "PHP's server did not start"; }
    sleep 0.1
  done
  setup_failed "PHP's server did not answer on port $port"
}

# WordPress's own log (WP_DEBUG): no PHP warning, notice or error, and no "called incorrectly" (PHP 8.2's
# deprecation notices about WordPress's own code are not the plugin's).
# Nor WordPress's own update checks failing: this machine cannot reach WordPress.org, on purpose.
check_logs() {
  local label=$1 debug_log=$2 server_log=$3 problems
  problems=$(grep -E 'PHP (Warning|Notice|Fatal error|Parse error)|called <strong>incorrectly|hip-widgets|hip_widgets' "$debug_log" 2>/dev/null |
    grep -v -e 'PHP Deprecated' -e 'wp-includes/update.php')
  if [ -n "$problems" ]; then
    echo "FAIL ${label}WordPress's debug log has warnings or errors:"
    echo "$problems" | head -20 | sed 's/^/  /'
  else
    echo "PASS ${label}WordPress's debug log has no PHP warning, notice or error"
  fi
  if grep -qiE 'PHP (Fatal|Parse) error' "$server_log"; then
    echo "FAIL ${label}PHP's server log has fatal errors:"
    grep -iE 'PHP (Fatal|Parse) error' "$server_log" | head -5 | sed 's/^/  /'
  fi
}

# 3b. The same WordPress as a multisite network in subdirectories, in the version's run: a database of its
#     own in the same MariaDB, its own wp-content folder and settings, a second PHP server whose router
#     rewrites a site's paths as the network's .htaccess does (HIPWP_MULTISITE=1). Installed as a single
#     site, made a network as Tools → Network Setup does, then its wp-config says MULTISITE.
run_network() {
  local net_work="$WORK/network" net_port net_config net_env=()
  mkdir -p "$net_work/wp-content/plugins" "$net_work/wp-content/themes" "$net_work/wp-content/uploads"
  ln -s "$CORE/wp-content/themes/$THEME" "$net_work/wp-content/themes/$THEME"
  mariadb --no-defaults -S "$SOCKET" -uroot -e 'CREATE DATABASE wordpress_network CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' ||
    setup_failed "could not create the network's database"
  net_port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
  NET_URL="http://127.0.0.1:$net_port"
  if [ "$CORE" = /usr/share/wordpress ]; then
    net_env=(WORDPRESS_CONFIG="$WORDPRESS_CONFIG-network")
    net_config="/etc/wordpress/config-$WORDPRESS_CONFIG-network.php"
    NET_CONFIG_FILE=$net_config
    write_config() { "$@" | "${prefix[@]}" tee "$net_config" >/dev/null; }
  else
    net_config="$net_work/wp-config.php"
    net_env=(HIPWP_WP_CONFIG="$net_config")
    write_config() { "$@" >"$net_config"; }
  fi
  write_config network_config install || setup_failed "could not write $net_config"
  start_php "$net_port" "$net_work/wp-content" "$net_work/php-server.log" "${net_env[@]}" HIPWP_MULTISITE=1
  NET_PHP_PID=$STARTED_PID
  say "installing a WordPress $VERSION_LABEL network at $NET_URL/ (sites / and /zuid/)"
  env "${net_env[@]}" HIPWP_SITE_URL="$NET_URL" php "$ROOT/scripts/wordpress/site.php" network-install || setup_failed "scripts/wordpress/site.php network-install did not finish"
  write_config network_config network || setup_failed "could not write $net_config"
  env "${net_env[@]}" HIPWP_SITE_URL="$NET_URL" php "$ROOT/scripts/wordpress/site.php" network-setup || setup_failed "scripts/wordpress/site.php network-setup did not finish"
  # Each site's administrator saves its settings; each site's page shows its own location.
  HIPWP_NETWORK_FILE="$net_work/network.json" node "$ROOT/scripts/wordpress/check-network.mjs" || setup_failed "scripts/wordpress/check-network.mjs did not finish"
  # The block on /zuid/, by its administrator: check-block.mjs's flow, with that site's details.
  HIPWP_SITE_FILE="$net_work/site.json" HIPWP_CHECK_LABEL="network /zuid/" node "$ROOT/scripts/wordpress/check-block.mjs" || setup_failed "scripts/wordpress/check-block.mjs (network) did not finish"
  # The plugin's screens in the site's language, Dutch.
  HIPWP_SITE_FILE="$net_work/site.json" HIPWP_CHECK_LABEL="network /zuid/" node "$ROOT/scripts/wordpress/check-languages.mjs" || setup_failed "scripts/wordpress/check-languages.mjs did not finish"
  if [ "${HIPWP_KEEP:-}" != 1 ]; then
    env "${net_env[@]}" HIPWP_SITE_URL="$NET_URL" php "$ROOT/scripts/wordpress/site.php" network-uninstall || setup_failed "scripts/wordpress/site.php network-uninstall did not finish"
  fi
  check_logs "network: " "$net_work/debug.log" "$net_work/php-server.log"
}

salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
# A test run's WordPress settings (SOCKET, SITE_URL and WORK are the run's).
site_config() {
  config_php wordpress "$SITE_URL" "$WORK"
  cat <<PHP
define( 'WP_HOME', '$SITE_URL' );
define( 'WP_SITEURL', '$SITE_URL' );
PHP
}
# The network's: while it is installed, with its URL (as the single site); then MULTISITE, each site's URL
# from the database (WP_HOME would be every site's).
network_config() {
  config_php wordpress_network "$NET_URL" "$WORK/network"
  if [ "$1" = install ]; then
    printf "define( 'WP_HOME', '%s' );\ndefine( 'WP_SITEURL', '%s' );\n" "$NET_URL" "$NET_URL"
  else
    cat <<PHP
define( 'MULTISITE', true );
define( 'SUBDOMAIN_INSTALL', false );
define( 'DOMAIN_CURRENT_SITE', '${NET_URL#http://}' );
define( 'PATH_CURRENT_SITE', '/' );
define( 'SITE_ID_CURRENT_SITE', 1 );
define( 'BLOG_ID_CURRENT_SITE', 1 );
PHP
  fi
}
# What both have: the database, wp-content, debugging, no outside requests, keys. Arguments: database, URL, folder.
config_php() {
  cat <<PHP
<?php
// Written by scripts/wordpress/test-wordpress.sh for one test run; removed when it ends.
define( 'DB_NAME', '$1' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:$SOCKET' );
define( 'WP_CONTENT_DIR', '$3/wp-content' );
define( 'WP_CONTENT_URL', '$2/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$3/debug.log' );
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
}

ensure_packages
has_version 6.5 && ensure_wp65
CHROME_PATH=$(node scripts/ensure-browser.mjs) || abort "no Chromium"
export CHROME_PATH
node scripts/wordpress/zip-plugin.mjs || abort "could not pack the plugin (run npm run build first)"
ZIP="$ROOT/dist/hip-widgets-wordpress.zip"

# 4. Each version in turn; its check lines get its version, and are counted from its log.
for version in "${VERSIONS[@]}"; do
  if [ "$version" = 6.1 ]; then
    CORE=/usr/share/wordpress THEME=twentytwentythree
  else
    CORE=$WP65_CORE THEME=twentytwentyfour
  fi
  VERSION_LABEL=$(php -r 'include $argv[1] . "/wp-includes/version.php"; echo $wp_version;' "$CORE")
  running_log="$ROOT/.tmp/wordpress-$VERSION_LABEL.log"
  (run_version) 2>&1 | sed -u -E "s/^(PASS|FAIL) /\1 [$VERSION_LABEL] /" | tee "$running_log"
  run_status=${PIPESTATUS[0]}
  log=$running_log running_log=""
  tally "$VERSION_LABEL" "$log" "$run_status"
done
