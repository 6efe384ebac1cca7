<?php
/**
 * Router for PHP's built-in web server serving a WordPress core (HIPWP_CORE:
 * Debian's /usr/share/wordpress, or the cached 6.5.5) in the plugin test: like
 * Debian's Apache alias (`Alias /wp-content /var/lib/wordpress/wp-content`),
 * /wp-content/ is served from the test's own content folder
 * (HIPWP_CONTENT_DIR); everything else is WordPress itself. Used by
 * scripts/wordpress/test-wordpress.sh only.
 *
 * @package HipWidgets
 */

$hipwp_content  = getenv( 'HIPWP_CONTENT_DIR' );
$hipwp_root_dir = rtrim( (string) getenv( 'HIPWP_CORE' ), '/' );
if ( '' === $hipwp_root_dir ) {
	$hipwp_root_dir = '/usr/share/wordpress';
}
$hipwp_path     = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

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
	$hipwp_types = array(
		'js'    => 'text/javascript; charset=utf-8',
		'mjs'   => 'text/javascript; charset=utf-8',
		'css'   => 'text/css; charset=utf-8',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'webp'  => 'image/webp',
		'woff'  => 'font/woff',
		'woff2' => 'font/woff2',
		'ttf'   => 'font/ttf',
		'txt'   => 'text/plain; charset=utf-8',
	);
	$hipwp_ext   = strtolower( pathinfo( $hipwp_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( isset( $hipwp_types[ $hipwp_ext ] ) ? $hipwp_types[ $hipwp_ext ] : 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $hipwp_file ) );
	readfile( $hipwp_file );
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
		return false; // A static file of WordPress itself: the built-in server sends it.
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
