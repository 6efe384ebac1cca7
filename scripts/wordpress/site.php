<?php
/**
 * The WordPress side of the plugin test (scripts/wordpress/test-wordpress.sh),
 * run with PHP's command line against the test's WordPress:
 *
 *   php site.php install    install WordPress, upload the plugin zip as "Upload Plugin" does, activate it
 *   php site.php setup      settings, users and pages for the browser checks; checks of the PHP side
 *   php site.php uninstall  delete the plugin as "Plugins → Delete" does; check its option is gone
 *
 * Reads HIPWP_SITE_URL, HIPWP_ZIP, HIPWP_ROOT, HIPWP_WORK, HIPWP_PASSWORD,
 * HIPWP_CORE (the WordPress folder), HIPWP_THEME (its default theme) and
 * WORDPRESS_CONFIG (Debian's) or HIPWP_WP_CONFIG (the 6.5.5 core's) from the
 * environment. Prints "PASS …" / "FAIL …" lines; the setup writes what the
 * browser checks need to $HIPWP_WORK/site.json. Exits non-zero only when it
 * cannot do its job.
 *
 * @package HipWidgets
 */

// phpcs:disable WordPress.WP.GlobalVariablesOverride.Prohibited -- a test script setting up WordPress's request globals.

$hipwp_mode = isset( $argv[1] ) ? $argv[1] : '';
if ( ! in_array( $hipwp_mode, array( 'install', 'setup', 'uninstall' ), true ) ) {
	fwrite( STDERR, "usage: php site.php install|setup|uninstall\n" );
	exit( 2 );
}

/**
 * An environment variable that must be set.
 *
 * @param string $name Variable name.
 * @return string
 */
function hipwp_env( $name ) {
	$value = getenv( $name );
	if ( false === $value || '' === $value ) {
		fwrite( STDERR, "site.php: $name is not set\n" );
		exit( 2 );
	}
	return $value;
}

$hipwp_site = hipwp_env( 'HIPWP_SITE_URL' );
$hipwp_host = (string) parse_url( $hipwp_site, PHP_URL_HOST ) . ':' . (string) parse_url( $hipwp_site, PHP_URL_PORT );

// What WordPress (and Debian's wp-config.php: WORDPRESS_CONFIG) read from a web request.
$_SERVER['HTTP_HOST']        = $hipwp_host;
$_SERVER['SERVER_NAME']      = (string) parse_url( $hipwp_site, PHP_URL_HOST );
$_SERVER['SERVER_PORT']      = (string) parse_url( $hipwp_site, PHP_URL_PORT );
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$_SERVER['WORDPRESS_CONFIG'] = (string) getenv( 'WORDPRESS_CONFIG' );

$hipwp_passed = 0;
$hipwp_failed = 0;

/**
 * Reports one check.
 *
 * @param bool   $ok     Whether it passed.
 * @param string $name   What was checked.
 * @param string $detail What was found instead, when it failed.
 * @return bool $ok
 */
function hipwp_check( $ok, $name, $detail = '' ) {
	global $hipwp_passed, $hipwp_failed;
	if ( $ok ) {
		++$hipwp_passed;
		echo 'PASS ', $name, "\n";
	} else {
		++$hipwp_failed;
		echo 'FAIL ', $name, '' !== $detail ? ': ' . $detail : '', "\n";
	}
	return (bool) $ok;
}

/**
 * Stops the script: it cannot do its job.
 *
 * @param string $message Why.
 */
function hipwp_abort( $message ) {
	echo 'FAIL ', $message, "\n";
	exit( 2 );
}

/**
 * A short, printable excerpt of a value, for failure messages.
 *
 * @param mixed $value Anything.
 * @return string
 */
function hipwp_show( $value ) {
	$text = is_string( $value ) ? $value : var_export( $value, true ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_var_export
	$text = preg_replace( '/\s+/', ' ', $text );
	return strlen( $text ) > 600 ? substr( $text, 0, 600 ) . '…' : $text;
}

if ( 'install' === $hipwp_mode ) {
	define( 'WP_INSTALLING', true );
}
require hipwp_env( 'HIPWP_CORE' ) . '/wp-load.php';
error_reporting( E_ALL & ~E_DEPRECATED ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.prevent_path_disclosure_error_reporting -- WordPress's own code (6.1's above all) is full of PHP 8.2 deprecations.
ini_set( 'display_errors', 'stderr' ); // phpcs:ignore WordPress.PHP.IniSet -- WP_DEBUG_DISPLAY is off for the pages; here errors belong on the terminal.
require_once ABSPATH . 'wp-admin/includes/template.php'; // add_settings_error(), as on the settings page.

if ( 'install' === $hipwp_mode ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	if ( is_blog_installed() ) {
		hipwp_abort( 'the test database already has a WordPress' );
	}
	add_filter( 'pre_wp_mail', '__return_false' ); // No mail server here: skip the "new site" e-mail.
	$hipwp_result = wp_install( 'Fysiotherapie test', 'admin', 'admin@example.invalid', false, '', hipwp_env( 'HIPWP_PASSWORD' ) );
	hipwp_check( ! empty( $hipwp_result['user_id'] ), 'WordPress ' . get_bloginfo( 'version' ) . ' installed', hipwp_show( $hipwp_result ) );
	hipwp_check( hipwp_env( 'HIPWP_THEME' ) === get_stylesheet(), 'the default theme is ' . hipwp_env( 'HIPWP_THEME' ), get_stylesheet() );

	// The plugin, from the zip, the way Plugins → Add New → Upload Plugin installs it.
	wp_set_current_user( $hipwp_result['user_id'] );
	require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	$hipwp_upgrader  = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
	$hipwp_installed = $hipwp_upgrader->install( hipwp_env( 'HIPWP_ZIP' ) );
	if ( true !== $hipwp_installed ) {
		hipwp_abort( 'installing the plugin zip: ' . ( is_wp_error( $hipwp_installed ) ? $hipwp_installed->get_error_message() : hipwp_show( $hipwp_upgrader->skin->get_upgrade_messages() ) ) );
	}
	$hipwp_file = $hipwp_upgrader->plugin_info();
	hipwp_check( 'hip-widgets/hip-widgets.php' === $hipwp_file, 'the plugin zip installs as hip-widgets/hip-widgets.php', hipwp_show( $hipwp_file ) );
	$hipwp_data = get_plugin_data( WP_PLUGIN_DIR . '/hip-widgets/hip-widgets.php', false, false );
	$hipwp_header = get_file_data( WP_PLUGIN_DIR . '/hip-widgets/hip-widgets.php', array( 'License' => 'License' ) );
	hipwp_check( 'Hip widgets' === $hipwp_data['Name'] && 'GPL-2.0-or-later' === $hipwp_header['License'], 'the plugin header names "Hip widgets", License: GPL-2.0-or-later', hipwp_show( $hipwp_header ) );
	hipwp_check( file_exists( WP_PLUGIN_DIR . '/hip-widgets/assets/hip-widgets.js' ) && count( glob( WP_PLUGIN_DIR . '/hip-widgets/assets/locales/*.js' ) ) >= 3, 'the plugin has the bundle and its locales in assets/' );
	$hipwp_activated = activate_plugin( 'hip-widgets/hip-widgets.php', '', false, false );
	hipwp_check( null === $hipwp_activated && is_plugin_active( 'hip-widgets/hip-widgets.php' ), 'the plugin activates', is_wp_error( $hipwp_activated ) ? $hipwp_activated->get_error_message() : '' );
	exit( 0 );
}

if ( ! function_exists( 'hip_widgets_sanitize_settings' ) ) {
	hipwp_abort( 'the plugin is not loaded' );
}

if ( 'uninstall' === $hipwp_mode ) {
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	require_once ABSPATH . 'wp-admin/includes/file.php';
	hipwp_check( false !== get_option( HIP_WIDGETS_OPTION, false ), 'before uninstalling, the option is there' );
	deactivate_plugins( 'hip-widgets/hip-widgets.php', true );
	$hipwp_deleted = delete_plugins( array( 'hip-widgets/hip-widgets.php' ) );
	wp_cache_flush();
	hipwp_check( true === $hipwp_deleted, 'Plugins → Delete removes the plugin', is_wp_error( $hipwp_deleted ) ? $hipwp_deleted->get_error_message() : hipwp_show( $hipwp_deleted ) );
	hipwp_check( false === get_option( HIP_WIDGETS_OPTION, false ), 'uninstall.php deletes the option' );
	hipwp_check( ! file_exists( WP_PLUGIN_DIR . '/hip-widgets' ), 'the plugin folder is gone' );
	exit( 0 );
}

require __DIR__ . '/site-setup.php';
