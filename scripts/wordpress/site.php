<?php
/**
 * The WordPress side of the plugin test (scripts/wordpress/test-wordpress.sh),
 * run with PHP's command line against the test's WordPress:
 *
 *   php site.php install    install WordPress, upload the plugin zip as "Upload Plugin" does, activate it
 *   php site.php setup      settings, users and pages for the browser checks; checks of the PHP side
 *   php site.php modules    the WordPress 6.5+ branch (wp_enqueue_script_module), with a stand-in for it,
 *                           once per moment the widgets are found (each in a fresh PHP process)
 *   php site.php uninstall  delete the plugin as "Plugins → Delete" does; check its option is gone
 *   php site.php network-install, network-setup, network-uninstall
 *                           the same for a multisite network (site-network.php)
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
if ( ! in_array( $hipwp_mode, array( 'install', 'setup', 'modules', 'uninstall', 'network-install', 'network-setup', 'network-uninstall' ), true ) ) {
	fwrite( STDERR, "usage: php site.php install|setup|modules|uninstall|network-install|network-setup|network-uninstall\n" );
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
$_SERVER['REMOTE_ADDR']      = '127.0.0.1';
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

if ( 'install' === $hipwp_mode || 'network-install' === $hipwp_mode ) {
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

	wp_set_current_user( $hipwp_result['user_id'] );
	hipwp_install_plugin( '' );
	$hipwp_activated = activate_plugin( 'hip-widgets/hip-widgets.php', '', false, false );
	hipwp_check( null === $hipwp_activated && is_plugin_active( 'hip-widgets/hip-widgets.php' ), 'the plugin activates', is_wp_error( $hipwp_activated ) ? $hipwp_activated->get_error_message() : '' );
	exit( 0 );
}

/**
 * Installs the plugin from the zip, the way Plugins → Add New → Upload Plugin
 * does (as the current user), and checks what it installed.
 *
 * @param string $label Put before each check's name ('' or "network: ").
 */
function hipwp_install_plugin( $label ) {
	require_once ABSPATH . 'wp-admin/includes/file.php';
	require_once ABSPATH . 'wp-admin/includes/misc.php';
	require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	$upgrader  = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
	$installed = $upgrader->install( hipwp_env( 'HIPWP_ZIP' ) );
	if ( true !== $installed ) {
		hipwp_abort( $label . 'installing the plugin zip: ' . ( is_wp_error( $installed ) ? $installed->get_error_message() : hipwp_show( $upgrader->skin->get_upgrade_messages() ) ) );
	}
	$file = $upgrader->plugin_info();
	hipwp_check( 'hip-widgets/hip-widgets.php' === $file, $label . 'the plugin zip installs as hip-widgets/hip-widgets.php', hipwp_show( $file ) );
	$data   = get_plugin_data( WP_PLUGIN_DIR . '/hip-widgets/hip-widgets.php', false, false );
	$header = get_file_data( WP_PLUGIN_DIR . '/hip-widgets/hip-widgets.php', array( 'License' => 'License' ) );
	hipwp_check( 'Hip widgets' === $data['Name'] && 'GPL-2.0-or-later' === $header['License'], $label . 'the plugin header names "Hip widgets", License: GPL-2.0-or-later', hipwp_show( $header ) );
	hipwp_check( file_exists( WP_PLUGIN_DIR . '/hip-widgets/assets/hip-widgets.js' ) && count( glob( WP_PLUGIN_DIR . '/hip-widgets/assets/locales/*.js' ) ) >= 3, $label . 'the plugin has the bundle and its locales in assets/' );
}

if ( 0 === strpos( $hipwp_mode, 'network-' ) ) {
	require __DIR__ . '/site-network.php';
	exit( 0 );
}

if ( ! function_exists( 'hip_widgets_sanitize_settings' ) ) {
	hipwp_abort( 'the plugin is not loaded' );
}

if ( 'modules' === $hipwp_mode ) {
	/*
	 * The plugin's script-module branch (WordPress 6.5+): with 6.5's own API, or,
	 * on Debian's 6.1, which has none, with a stand-in for it that also checks
	 * the plugin calls it (and not wp_enqueue_script()) with the right arguments.
	 * Either way, the module must be
	 * printed exactly once with a block theme, whenever the widgets are found:
	 * before the head, while the head is printed (a theme or SEO plugin rendering
	 * the content for a description) before or after WordPress prints its
	 * modules, or after the head (a shortcode in the content). Each moment runs in
	 * a PHP process of its own: what the plugin enqueued lasts for the request.
	 */
	$hipwp_real    = function_exists( 'wp_enqueue_script_module' );
	$hipwp_moments = array(
		'before-head'     => 'found before the head',
		'head-before-wp'  => 'found while the head is printed, before WordPress prints its modules',
		'head-after-wp'   => 'found while the head is printed, after WordPress printed its modules',
		'after-head'      => 'found after the head',
	);
	$hipwp_moment = isset( $argv[2] ) ? $argv[2] : '';
	if ( '' === $hipwp_moment ) {
		foreach ( array_keys( $hipwp_moments ) as $hipwp_each ) {
			passthru( escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( __FILE__ ) . ' modules ' . escapeshellarg( $hipwp_each ), $hipwp_status );
			if ( 0 !== $hipwp_status ) {
				hipwp_abort( "site.php modules $hipwp_each did not finish" );
			}
		}
		exit( 0 );
	}
	if ( ! isset( $hipwp_moments[ $hipwp_moment ] ) ) {
		hipwp_abort( "no such moment: $hipwp_moment" );
	}
	$hipwp_label = ( $hipwp_real ? 'WordPress ' . get_bloginfo( 'version' ) : 'a stand-in for WordPress 6.5' ) . ', block theme, widgets ' . $hipwp_moments[ $hipwp_moment ];

	$GLOBALS['hipwp_modules'] = array();
	if ( ! $hipwp_real ) :
	/**
	 * Stand-in for WordPress 6.5's wp_enqueue_script_module(): records the call.
	 *
	 * @param string            $id      Module id.
	 * @param string            $src     Module URL.
	 * @param array             $deps    Dependencies.
	 * @param string|false|null $version Version.
	 */
	function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false ) { // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals -- WordPress's own function, standing in.
		$GLOBALS['hipwp_modules'][] = array( $id, $src, $deps, $version );
	}
	/**
	 * Stand-in for WP_Script_Modules::print_enqueued_script_modules() as 6.5 has it
	 * (wp-includes/class-wp-script-modules.php), hooked as 6.5 hooks it for a block
	 * theme: in wp_head at priority 10. Prints what was enqueued so far, once.
	 */
	function hipwp_print_enqueued_script_modules() {
		static $done = array();
		foreach ( $GLOBALS['hipwp_modules'] as $module ) {
			if ( isset( $done[ $module[0] ] ) ) {
				continue;
			}
			$done[ $module[0] ] = true;
			wp_print_script_tag(
				array(
					'type' => 'module',
					'src'  => add_query_arg( 'ver', $module[3], $module[1] ),
					'id'   => $module[0] . '-js-module',
				)
			);
		}
	}
	endif;
	/** What a theme or SEO plugin does to write a description: render the content, keep the text. */
	function hipwp_render_content() {
		apply_filters( 'the_content', '[hip_stats_figure stat="fai-prevalence-hip-pain"]' );
	}

	// Only the hooks of this check in the head: the theme's own head is not what is tested here.
	remove_all_actions( 'wp_head' );
	// Where 6.5 prints script modules for a block theme: in the head, at priority 10.
	add_action( 'wp_head', $hipwp_real ? array( wp_script_modules(), 'print_enqueued_script_modules' ) : 'hipwp_print_enqueued_script_modules', 10 );
	if ( 'before-head' === $hipwp_moment ) {
		hipwp_render_content();
	} elseif ( 'head-before-wp' === $hipwp_moment ) {
		add_action( 'wp_head', 'hipwp_render_content', 5 );
	} elseif ( 'head-after-wp' === $hipwp_moment ) {
		add_action( 'wp_head', 'hipwp_render_content', 20 );
	}
	ob_start();
	do_action( 'wp_head' );
	$hipwp_head = ob_get_clean();
	if ( 'after-head' === $hipwp_moment ) {
		hipwp_render_content();
		hip_widgets_enqueue(); // Again: safe to call many times.
	}
	ob_start();
	do_action( 'wp_footer' );
	$hipwp_footer = ob_get_clean();

	$hipwp_calls = $GLOBALS['hipwp_modules'];
	// With the real API, the tag printed below shows the arguments (its src, ?ver= and id).
	$hipwp_real || hipwp_check(
		1 === count( $hipwp_calls ) && 'hip-widgets' === $hipwp_calls[0][0] && plugins_url( 'assets/hip-widgets.js', HIP_WIDGETS_FILE ) === $hipwp_calls[0][1]
			&& array() === $hipwp_calls[0][2] && 0 === strpos( $hipwp_calls[0][3], HIP_WIDGETS_VERSION . '.' ),
		$hipwp_label . ': the bundle is enqueued once with wp_enqueue_script_module( "hip-widgets", …/assets/hip-widgets.js, [], version ), not as a classic script',
		hipwp_show( $hipwp_calls )
	);
	hipwp_check( ! wp_script_is( 'hip-widgets', 'enqueued' ), $hipwp_label . ': not also as a classic script' );
	$hipwp_tag   = '#<script data-cfasync="false" data-no-optimize="1" data-no-defer="1" data-no-minify="1" nowprocket data-noptimize="1" data-jetpack-boost="ignore" type="module" src="[^"]*/wp-content/plugins/hip-widgets/assets/hip-widgets\.js\?ver=[^"]+" id="hip-widgets-js-module"></script>#';
	$hipwp_count = preg_match_all( $hipwp_tag, $hipwp_head . $hipwp_footer );
	$hipwp_where = in_array( $hipwp_moment, array( 'before-head', 'head-before-wp' ), true ) ? 'head' : 'footer';
	hipwp_check(
		1 === $hipwp_count && 1 === substr_count( $hipwp_head . $hipwp_footer, 'hip-widgets.js' ) && 1 === preg_match( $hipwp_tag, 'head' === $hipwp_where ? $hipwp_head : $hipwp_footer ),
		$hipwp_label . ": the module is printed once, in the $hipwp_where, with the optimizers' opt-outs before src",
		hipwp_show( array( $hipwp_head, $hipwp_footer ) )
	);
	hipwp_check(
		1 === preg_match( '#<script data-cfasync="false"[^>]* type="application/json" data-hip-widgets-config>\s*\{#', $hipwp_footer ),
		$hipwp_label . ': the page config is printed in the footer, with the opt-outs',
		hipwp_show( $hipwp_footer )
	);
	exit( 0 );
}

if ( 'uninstall' === $hipwp_mode ) {
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	require_once ABSPATH . 'wp-admin/includes/file.php';
	update_option( HIP_WIDGETS_DATALAYER_OPTION, true );
	hipwp_check( false !== get_option( HIP_WIDGETS_OPTION, false ) && hip_widgets_datalayer_enabled(), 'before uninstalling, the two options are there' );
	deactivate_plugins( 'hip-widgets/hip-widgets.php', true );
	$hipwp_deleted = delete_plugins( array( 'hip-widgets/hip-widgets.php' ) );
	wp_cache_flush();
	hipwp_check( true === $hipwp_deleted, 'Plugins → Delete removes the plugin', is_wp_error( $hipwp_deleted ) ? $hipwp_deleted->get_error_message() : hipwp_show( $hipwp_deleted ) );
	hipwp_check( false === get_option( HIP_WIDGETS_OPTION, false ) && false === get_option( 'hip_widgets_datalayer', false ), 'uninstall.php deletes the two options' );
	hipwp_check( ! file_exists( WP_PLUGIN_DIR . '/hip-widgets' ), 'the plugin folder is gone' );
	exit( 0 );
}

require __DIR__ . '/site-setup.php';
