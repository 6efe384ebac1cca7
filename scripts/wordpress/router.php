<?php
/**
 * Router for PHP's built-in web server serving a WordPress core (HIPWP_CORE:
 * Debian's /usr/share/wordpress, or the cached 6.5.5) in the plugin test: like
 * Debian's Apache alias (`Alias /wp-content /var/lib/wordpress/wp-content`),
 * /wp-content/ is served from the test's own content folder
 * (HIPWP_CONTENT_DIR); everything else is WordPress itself; with
 * HIPWP_MULTISITE=1, a subdirectory network's paths as its .htaccess rewrites
 * them. Used by scripts/wordpress/test-wordpress.sh only.
 *
 * @package HipWidgets
 */

$hipwp_content  = getenv( 'HIPWP_CONTENT_DIR' );
$hipwp_root_dir = rtrim( (string) getenv( 'HIPWP_CORE' ), '/' );
if ( '' === $hipwp_root_dir ) {
	$hipwp_root_dir = '/usr/share/wordpress';
}
$hipwp_path     = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

/*
 * A multisite network in subdirectories (HIPWP_MULTISITE=1): what the .htaccess that WordPress
 * gives such a network does with mod_rewrite. A site's /zuid/wp-admin is redirected to
 * /zuid/wp-admin/; /zuid/wp-admin/…, /zuid/wp-includes/…, /zuid/wp-content/… and /zuid/….php are
 * served from the core's own path. REQUEST_URI keeps the site's path: that is how WordPress knows
 * which site of the network is asked for.
 */
if ( '1' === getenv( 'HIPWP_MULTISITE' ) ) {
	if ( preg_match( '#^/[_0-9a-zA-Z-]+/wp-admin$#', $hipwp_path ) ) {
		header( 'Location: ' . $hipwp_path . '/', true, 301 );
		return true;
	}
	if ( preg_match( '#^/(?:[_0-9a-zA-Z-]+/)?(wp-(?:content|admin|includes).*)$#', $hipwp_path, $hipwp_match )
		|| preg_match( '#^/(?:[_0-9a-zA-Z-]+/)?(.*\.php)$#', $hipwp_path, $hipwp_match ) ) {
		$hipwp_path = '/' . $hipwp_match[1];
	}
}

/**
 * Sends a static file with its content type (the built-in server sends only files at the URI it was asked for).
 *
 * @param string $file The file.
 */
function hipwp_send_file( $file ) {
	$types = array(
		'js'    => 'text/javascript; charset=utf-8',
		'mjs'   => 'text/javascript; charset=utf-8',
		'css'   => 'text/css; charset=utf-8',
		'json'  => 'application/json',
		'map'   => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'gif'   => 'image/gif',
		'ico'   => 'image/x-icon',
		'jpg'   => 'image/jpeg',
		'webp'  => 'image/webp',
		'woff'  => 'font/woff',
		'woff2' => 'font/woff2',
		'ttf'   => 'font/ttf',
		'txt'   => 'text/plain; charset=utf-8',
		'html'  => 'text/html; charset=utf-8',
	);
	$ext   = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( isset( $types[ $ext ] ) ? $types[ $ext ] : 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $file ) );
	readfile( $file );
}

if ( $hipwp_content && 0 === strpos( $hipwp_path, '/wp-content/' ) ) {
	$hipwp_file = realpath( $hipwp_content . substr( $hipwp_path, strlen( '/wp-content' ) ) );
	// Themes are symlinks into the core's wp-content; anything else outside the two roots (the must-use plugin's link too) is refused.
	$hipwp_roots = array( realpath( $hipwp_content ), realpath( $hipwp_root_dir . '/wp-content' ) );
	$hipwp_ok    = false;
	foreach ( $hipwp_roots as $hipwp_root ) {
		if ( $hipwp_file && $hipwp_root && 0 === strpos( $hipwp_file, $hipwp_root . '/' ) ) {
			$hipwp_ok = true;
		}
	}
	if ( ! $hipwp_ok || ! is_file( $hipwp_file ) ) {
		http_response_code( 404 );
		header( 'Content-Type: text/plain' );
		echo "not found\n";
		return true;
	}
	if ( '.php' === substr( $hipwp_file, -4 ) ) {
		http_response_code( 403 );
		return true;
	}
	hipwp_send_file( $hipwp_file );
	return true;
}

// Debian's wp-config.php picks /etc/wordpress/config-$WORDPRESS_CONFIG.php when this is set (the 6.5.5 core's reads HIPWP_WP_CONFIG itself).
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );

// Debian links some of WordPress's files to other packages' (underscore.js, getID3): follow links, as Apache does, but never "..".
$hipwp_target = in_array( '..', explode( '/', $hipwp_path ), true ) ? '' : $hipwp_root_dir . $hipwp_path;
if ( '' !== $hipwp_target && is_dir( $hipwp_target ) ) {
	$hipwp_target = rtrim( $hipwp_target, '/' ) . '/index.php';
}
if ( '' !== $hipwp_target && is_file( $hipwp_target ) ) {
	if ( '.php' !== substr( $hipwp_target, -4 ) ) {
		if ( rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ) === $hipwp_path ) {
			return false; // A static file of WordPress itself: the built-in server sends it.
		}
		hipwp_send_file( $hipwp_target ); // The same, asked for under a network site's path.
		return true;
	}
	$hipwp_script = substr( $hipwp_target, strlen( $hipwp_root_dir ) );
} else {
	// Not a file: pretty permalinks and the like go to WordPress's front controller.
	$hipwp_target = $hipwp_root_dir . '/index.php';
	$hipwp_script = '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $hipwp_target;
$_SERVER['SCRIPT_NAME']     = $hipwp_script;
$_SERVER['PHP_SELF']        = $hipwp_script;
chdir( dirname( $hipwp_target ) );
require $hipwp_target;
