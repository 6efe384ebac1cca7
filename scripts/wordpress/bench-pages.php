<?php
/**
 * The pages `npm run bench` measures in the WordPress test site: an addition to
 * the site that scripts/wordpress/test-wordpress.sh sets up and, with
 * HIPWP_KEEP=1, leaves running. scripts/bench-wordpress.mjs runs it with PHP's
 * command line against that site:
 *
 *   echo '{"settings": {…}, "pages": {"name": {"slug": "…", "title": "…", "content": "…"}}}' | php bench-pages.php
 *
 * Saves the plugin's settings as given (the test leaves its own, in another
 * language), publishes one page per entry and prints {"name": "url", …} as
 * JSON. Reads HIPWP_SITE_URL and WORDPRESS_CONFIG (which site), and
 * HIPWP_WP_DIR (where WordPress is; default Debian's /usr/share/wordpress).
 * Exits non-zero, saying why on standard error, when it cannot do its job.
 *
 * @package HipWidgets
 */

// phpcs:disable WordPress.WP.GlobalVariablesOverride.Prohibited -- a command-line script setting up WordPress's request globals.

/**
 * Stops: the pages cannot be made.
 *
 * @param string $message Why.
 */
function hipwp_bench_fail( $message ) {
	fwrite( STDERR, 'bench-pages.php: ' . $message . "\n" );
	exit( 1 );
}

$hipwp_site   = (string) getenv( 'HIPWP_SITE_URL' );
$hipwp_config = (string) getenv( 'WORDPRESS_CONFIG' );
if ( '' === $hipwp_site || '' === $hipwp_config ) {
	hipwp_bench_fail( 'HIPWP_SITE_URL and WORDPRESS_CONFIG must be set' );
}
$hipwp_input = json_decode( (string) stream_get_contents( STDIN ), true );
if ( ! is_array( $hipwp_input ) || ! isset( $hipwp_input['settings'], $hipwp_input['pages'] ) ) {
	hipwp_bench_fail( 'standard input is not {"settings": …, "pages": …}' );
}

// What Debian's wp-config.php and WordPress read from a web request.
$_SERVER['HTTP_HOST']        = parse_url( $hipwp_site, PHP_URL_HOST ) . ':' . parse_url( $hipwp_site, PHP_URL_PORT );
$_SERVER['SERVER_NAME']      = (string) parse_url( $hipwp_site, PHP_URL_HOST );
$_SERVER['SERVER_PORT']      = (string) parse_url( $hipwp_site, PHP_URL_PORT );
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$_SERVER['WORDPRESS_CONFIG'] = $hipwp_config;
$hipwp_wp_dir                = getenv( 'HIPWP_WP_DIR' ) ? getenv( 'HIPWP_WP_DIR' ) : '/usr/share/wordpress';
require $hipwp_wp_dir . '/wp-load.php';
error_reporting( E_ALL & ~E_DEPRECATED ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.prevent_path_disclosure_error_reporting -- WordPress 6.1's own code is full of PHP 8.2 deprecations.
require_once ABSPATH . 'wp-admin/includes/template.php'; // The settings' sanitizing reports through add_settings_error(), as on the settings page.

if ( ! defined( 'HIP_WIDGETS_OPTION' ) ) {
	hipwp_bench_fail( 'the plugin is not active (run test-wordpress.sh with HIPWP_KEEP=1 first)' );
}
update_option( HIP_WIDGETS_OPTION, $hipwp_input['settings'] );
$hipwp_errors = get_settings_errors( HIP_WIDGETS_OPTION );
if ( $hipwp_errors ) {
	hipwp_bench_fail( 'the settings were not saved as given: ' . implode( '; ', wp_list_pluck( $hipwp_errors, 'message' ) ) );
}

wp_set_current_user( 1 ); // The admin: Shortcode and Paragraph blocks are saved as written.
$hipwp_urls = array();
foreach ( $hipwp_input['pages'] as $hipwp_name => $hipwp_page ) {
	$hipwp_id = wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_name'    => $hipwp_page['slug'],
			'post_title'   => $hipwp_page['title'],
			'post_content' => $hipwp_page['content'],
		),
		true
	);
	if ( is_wp_error( $hipwp_id ) ) {
		hipwp_bench_fail( 'creating the page "' . $hipwp_name . '": ' . $hipwp_id->get_error_message() );
	}
	$hipwp_urls[ $hipwp_name ] = get_permalink( $hipwp_id );
}
echo wp_json_encode( $hipwp_urls, JSON_UNESCAPED_SLASHES ), "\n";
