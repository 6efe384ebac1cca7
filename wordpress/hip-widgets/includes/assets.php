<?php
/**
 * Loading the widgets: the ES module bundle from the plugin's own assets/
 * folder (its language files, assets/locales/<locale>.js, are loaded by the
 * bundle from beside it), and the page config next to it.
 *
 * When: by default ("auto") only on pages that use the widgets, found out in
 * three ways: the main query's posts contain a shortcode or an element tag
 * (checked before the page head is printed), a shortcode is rendered, or a
 * rendered block, widget or post content contains an element tag. The setting
 * "Load on every page" loads it everywhere, for widgets that come from a theme
 * template, a page builder or anywhere else the plugin cannot see.
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The script (module) handle. */
const HIP_WIDGETS_HANDLE = 'hip-widgets';

/**
 * Path of the ES module bundle in the plugin.
 *
 * @return string
 */
function hip_widgets_bundle_path() {
	return HIP_WIDGETS_DIR . 'assets/hip-widgets.js';
}

/**
 * URL of the ES module bundle. Its language files resolve beside it.
 *
 * @return string
 */
function hip_widgets_bundle_url() {
	return plugins_url( 'assets/hip-widgets.js', HIP_WIDGETS_FILE );
}

/**
 * Version for the bundle's URL (?ver=…): the plugin's version and the bundle's
 * modification time, so a rebuilt bundle is fetched anew.
 *
 * @return string
 */
function hip_widgets_bundle_version() {
	$modified = @filemtime( hip_widgets_bundle_path() ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- a missing file is handled by the caller.
	return HIP_WIDGETS_VERSION . ( $modified ? '.' . $modified : '' );
}

/**
 * Whether the bundle was enqueued for this page.
 *
 * @param bool|null $set True to record that it was.
 * @return bool
 */
function hip_widgets_is_enqueued( $set = null ) {
	static $enqueued = false;
	if ( true === $set ) {
		$enqueued = true;
	}
	return $enqueued;
}

/**
 * Loads the widgets on this page: as a script module on WordPress 6.5 and
 * later, as a script with type="module" before that. Safe to call many times
 * and late (from a shortcode in the content): the bundle is then printed in
 * the footer.
 */
function hip_widgets_enqueue() {
	if ( hip_widgets_is_enqueued() || is_admin() || is_feed() ) {
		return;
	}
	if ( ! file_exists( hip_widgets_bundle_path() ) ) {
		// A plugin folder without its build: say so once, where a developer looks.
		if ( defined( 'WP_DEBUG' ) && WP_DEBUG ) {
			trigger_error( 'Hip widgets: assets/hip-widgets.js is missing; install the plugin from hip-widgets-wordpress.zip, or run "npm run build:wordpress".', E_USER_WARNING ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_trigger_error
		}
		return;
	}
	hip_widgets_is_enqueued( true );

	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( HIP_WIDGETS_HANDLE, hip_widgets_bundle_url(), array(), hip_widgets_bundle_version() );
		// Block themes print script modules in the head. Enqueued after that (a late shortcode), print it in the footer ourselves;
		// not when enqueued during the head (wp_enqueue_scripts, "Load on every page"): WordPress still prints it then.
		if ( did_action( 'wp_head' ) && ! doing_action( 'wp_head' ) && function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() ) {
			add_action( 'wp_footer', 'hip_widgets_print_late_module', 20 );
		}
	} else {
		wp_enqueue_script( HIP_WIDGETS_HANDLE, hip_widgets_bundle_url(), array(), hip_widgets_bundle_version(), true );
	}
}

/**
 * Prints the module script tag (WordPress 6.5+ with a block theme, when the
 * widgets were found only after the head was printed).
 */
function hip_widgets_print_late_module() {
	$src = add_query_arg( 'ver', rawurlencode( hip_widgets_bundle_version() ), hip_widgets_bundle_url() );
	printf( '<script type="module" src="%s" id="%s"></script>' . "\n", esc_url( $src ), esc_attr( HIP_WIDGETS_HANDLE . '-js-module' ) );
}

/**
 * Before WordPress 6.5: makes the enqueued bundle's script tag a module script
 * (replacing a type="text/javascript" that themes without HTML5 script support
 * get).
 *
 * @param string $tag    The script element(s) for the handle.
 * @param string $handle The script handle.
 * @return string
 */
function hip_widgets_module_script_tag( $tag, $handle ) {
	if ( HIP_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	return preg_replace_callback(
		'/<script\b[^>]*\bsrc=[^>]*>/i',
		static function ( $matches ) {
			$open = preg_replace( '/\stype=(["\'])[^"\']*\1/i', '', $matches[0] );
			return preg_replace( '/^<script\b/i', '<script type="module"', $open );
		},
		$tag
	);
}
add_filter( 'script_loader_tag', 'hip_widgets_module_script_tag', 10, 2 );

/**
 * Whether a text (post content, a block, a widget) uses the widgets: one of
 * the plugin's shortcodes or one of the element tags.
 *
 * @param string $content The text.
 * @return bool
 */
function hip_widgets_content_uses_widgets( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	foreach ( array_keys( hip_widgets_elements() ) as $tag ) {
		if ( false !== stripos( $content, '<' . $tag ) ) {
			return true;
		}
	}
	if ( false !== strpos( $content, '[hip_' ) ) {
		foreach ( hip_widgets_shortcode_tags() as $shortcode ) {
			if ( has_shortcode( $content, $shortcode ) ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * At wp_enqueue_scripts: loads the widgets on every page ("always"), or when
 * the main query's posts use them ("auto"), so the bundle can be printed early.
 */
function hip_widgets_enqueue_for_page() {
	$settings = hip_widgets_get_settings();
	if ( 'always' === $settings['load'] ) {
		hip_widgets_enqueue();
		return;
	}
	global $wp_query;
	if ( ! ( $wp_query instanceof WP_Query ) || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && hip_widgets_content_uses_widgets( $post->post_content ) ) {
			hip_widgets_enqueue();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', 'hip_widgets_enqueue_for_page' );

/**
 * Filter callback: loads the widgets when a rendered text contains an element
 * tag (blocks in templates and template parts, widgets, content rendered by
 * page builders). Returns the text unchanged.
 *
 * @param string $content Rendered HTML.
 * @return string
 */
function hip_widgets_enqueue_if_used( $content ) {
	if ( ! hip_widgets_is_enqueued() && ! is_admin() && hip_widgets_content_uses_widgets( $content ) ) {
		hip_widgets_enqueue();
	}
	return $content;
}
add_filter( 'render_block', 'hip_widgets_enqueue_if_used' );
add_filter( 'the_content', 'hip_widgets_enqueue_if_used', 999 );
add_filter( 'widget_text', 'hip_widgets_enqueue_if_used', 999 );
add_filter( 'widget_custom_html_content', 'hip_widgets_enqueue_if_used', 999 );
add_filter( 'widget_block_content', 'hip_widgets_enqueue_if_used', 999 );

/**
 * Prints the page config in the footer of every page that loads the widgets
 * (with "Load on every page": every page). The widgets read it when they
 * start, which for a module script is after the whole page was parsed.
 */
function hip_widgets_print_page_config() {
	if ( ! hip_widgets_is_enqueued() ) {
		return;
	}
	echo hip_widgets_page_config_script(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON with <, >, &, ' and " as \u escapes (hip_widgets_page_config_script()).
}
add_action( 'wp_footer', 'hip_widgets_print_page_config', 5 );
