<?php
/**
 * Loading the widgets: the ES module bundle from the plugin's own assets/
 * folder (its language files, assets/locales/<locale>.js, are loaded by the
 * bundle from beside it, or from the page config's "localesUrl" when an
 * optimizer serves the bundle from elsewhere), and the page config next to it.
 *
 * Every script tag goes through WordPress's own functions (wp_enqueue_script_module
 * or wp_enqueue_script, wp_print_script_tag, wp_print_inline_script_tag), so
 * the wp_script_attributes and wp_inline_script_attributes filters reach them
 * (a CSP plugin's nonce, an optimizer's markers), and each carries the opt-outs
 * of includes/optimizers.php. Nothing in them differs per visitor, so a
 * full-page cache can keep the page.
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
 * The folder of the bundle's language files as a path from the site's root,
 * with the bundle's version (?ver=…), for the page config's "localesUrl": the
 * widgets load them from there even when an optimizer serves the bundle from a
 * combined or minified copy in its cache folder. '' when the plugin's files are
 * on another host than the site (a CDN for wp-content): the widgets take only
 * their own page's origin, and the bundle's own folder is the right one then.
 *
 * @return string
 */
function hip_widgets_locales_url() {
	$url  = plugins_url( 'assets/locales/', HIP_WIDGETS_FILE );
	$home = wp_parse_url( home_url( '/' ) );
	$here = wp_parse_url( $url );
	if ( ! is_array( $home ) || ! is_array( $here ) || ! isset( $here['host'], $home['host'], $here['path'] ) ) {
		return '';
	}
	$port = static function ( $parts ) {
		return isset( $parts['port'] ) ? (int) $parts['port'] : 0;
	};
	if ( strtolower( $here['host'] ) !== strtolower( $home['host'] ) || $port( $here ) !== $port( $home ) ) {
		return '';
	}
	// From the root, so it also holds on the https page of a site whose settings still say http.
	return $here['path'] . '?ver=' . rawurlencode( hip_widgets_bundle_version() );
}

/**
 * Version for the bundle's URL (?ver=…): the plugin's version and the bundle's
 * modification time, so a rebuilt bundle is fetched anew.
 *
 * @return string
 */
function hip_widgets_bundle_version() {
	$path     = hip_widgets_bundle_path();
	$modified = is_file( $path ) ? filemtime( $path ) : false; // A missing bundle is reported by hip_widgets_enqueue().
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
 * Whether the module's script tag was printed on this page (by WordPress or by
 * hip_widgets_print_late_module()): hip_widgets_script_attributes() sees it go by.
 *
 * @param bool|null $set True to record that it was.
 * @return bool
 */
function hip_widgets_module_printed( $set = null ) {
	static $printed = false;
	if ( true === $set ) {
		$printed = true;
	}
	return $printed;
}

/**
 * Loads the widgets on this page: as a script module on WordPress 6.5 and
 * later, as a script with type="module" before that. Safe to call many times
 * and late (from a shortcode in the content, also one a theme or SEO plugin
 * renders in the head): the bundle is then printed in the footer, once.
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
		// Block themes print script modules in the head. Enqueued while it is printed (a theme or SEO plugin
		// rendering the content for a description) or after it (a late shortcode), WordPress may or may not
		// still print it: the footer prints it when WordPress did not.
		if ( did_action( 'wp_head' ) && function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() ) {
			add_action( 'wp_footer', 'hip_widgets_print_late_module', 20 );
		}
	} else {
		wp_enqueue_script( HIP_WIDGETS_HANDLE, hip_widgets_bundle_url(), array(), hip_widgets_bundle_version(), true );
	}
}

/**
 * Prints the module script tag in the footer (WordPress 6.5+ with a block
 * theme, when the widgets were found only once the head was being printed),
 * unless WordPress printed it in the head after all.
 */
function hip_widgets_print_late_module() {
	if ( hip_widgets_module_printed() || ! hip_widgets_is_enqueued() ) {
		return;
	}
	wp_print_script_tag(
		array(
			'type' => 'module',
			'src'  => esc_url_raw( add_query_arg( 'ver', rawurlencode( hip_widgets_bundle_version() ), hip_widgets_bundle_url() ) ),
			'id'   => HIP_WIDGETS_HANDLE . '-js-module',
		)
	);
}

/**
 * The wp_script_attributes filter: the bundle's script tag, whoever prints it
 * (WordPress 6.5's script modules, the late print above, WordPress 6.4's
 * classic scripts), gets the optimizers' opt-outs first, before `src`.
 * Records that the module was printed.
 *
 * @param mixed $attributes The tag's attributes.
 * @return mixed
 */
function hip_widgets_script_attributes( $attributes ) {
	if ( ! is_array( $attributes ) || ! isset( $attributes['id'] ) || ! in_array( $attributes['id'], hip_widgets_script_ids(), true ) ) {
		return $attributes;
	}
	if ( HIP_WIDGETS_HANDLE . '-js-module' === $attributes['id'] ) {
		hip_widgets_module_printed( true );
	}
	return array_merge( hip_widgets_optimizer_attributes(), $attributes );
}
add_filter( 'wp_script_attributes', 'hip_widgets_script_attributes' );

/**
 * Before WordPress 6.5: makes the enqueued bundle's script tag a module script
 * (replacing a type="text/javascript" that themes without HTML5 script support
 * get) with the optimizers' opt-outs. WordPress 6.1 to 6.3 build this tag
 * without wp_script_attributes, so this filter is the one that reaches it;
 * 6.4's tag has them already and keeps them.
 *
 * @param string $tag    The script element(s) for the handle.
 * @param string $handle The script handle.
 * @return string
 */
function hip_widgets_module_script_tag( $tag, $handle ) {
	if ( HIP_WIDGETS_HANDLE !== $handle || ! is_string( $tag ) ) {
		return $tag;
	}
	return preg_replace_callback(
		'/<script\b[^>]*\bsrc=[^>]*>/i',
		static function ( $matches ) {
			$open    = preg_replace( '/\stype=(["\'])[^"\']*\1/i', '', $matches[0] );
			$missing = array( 'type' => 'module' );
			foreach ( hip_widgets_optimizer_attributes() as $name => $value ) {
				if ( ! preg_match( '/\s' . preg_quote( $name, '/' ) . '[\s=>\/]/i', $open ) ) {
					$missing[ $name ] = $value;
				}
			}
			// Right after "<script", so before src (Cloudflare's rule), written as WordPress writes attributes.
			return preg_replace( '/^<script\b/i', '<script' . wp_sanitize_script_attributes( $missing ), $open );
		},
		$tag
	);
}
add_filter( 'script_loader_tag', 'hip_widgets_module_script_tag', 10, 2 );

/**
 * The text of an inline data script element (the page config, JSON-LD): an
 * array or object as JSON with <, >, &, ' and " as \u escapes, so no value can
 * end the element or open a comment; a string as it is, but refused (with a
 * _doing_it_wrong notice naming the caller) when it holds "<!--", "<script" or
 * "</script".
 *
 * @param array|object|string $data   Data for JSON, or text.
 * @param string              $caller The public function asked, for the notice.
 * @return string The text, or '' when there is nothing (safe) to write.
 */
function hip_widgets_inline_script_text( $data, $caller ) {
	if ( is_string( $data ) ) {
		$text = $data;
		if ( preg_match( '/<(?:!--|\/?script)/i', $text ) ) {
			_doing_it_wrong( esc_html( $caller ), esc_html__( 'The text holds "<!--", "<script" or "</script", which would end or break the script element; pass the data as an array to have it written as escaped JSON.', 'hip-widgets' ), '0.1.0' );
			return '';
		}
	} elseif ( is_array( $data ) || is_object( $data ) ) {
		$text = wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
	} else {
		$text = false;
	}
	return is_string( $text ) && '' !== trim( $text ) ? $text : '';
}

/**
 * An inline script element, through wp_get_inline_script_tag() (so the
 * wp_inline_script_attributes filter reaches it) with the optimizers' opt-outs.
 * For data, not code: the page config, JSON-LD.
 *
 * @param array|object|string $data       Data for JSON, or text: see hip_widgets_inline_script_text().
 * @param array               $attributes The element's attributes, e.g. array( 'type' => 'application/ld+json' ).
 * @return string The element, or '' when there is nothing to write.
 */
function hip_widgets_inline_script_tag( $data, array $attributes ) {
	$text = hip_widgets_inline_script_text( $data, __FUNCTION__ );
	return '' === $text ? '' : wp_get_inline_script_tag( $text, array_merge( hip_widgets_optimizer_attributes(), $attributes ) );
}

/**
 * Prints an inline data script element, as hip_widgets_inline_script_tag()
 * builds it, with wp_print_inline_script_tag().
 *
 * @param array|object|string $data       Data for JSON, or text.
 * @param array               $attributes The element's attributes.
 */
function hip_widgets_print_inline_script( $data, array $attributes ) {
	$text = hip_widgets_inline_script_text( $data, __FUNCTION__ );
	if ( '' !== $text ) {
		wp_print_inline_script_tag( $text, array_merge( hip_widgets_optimizer_attributes(), $attributes ) );
	}
}

/**
 * Whether a text (post content, a block, a widget) uses the widgets: the
 * plugin's block, one of its shortcodes or one of the element tags.
 *
 * @param string $content The text.
 * @return bool
 */
function hip_widgets_content_uses_widgets( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	if ( has_block( HIP_WIDGETS_BLOCK, $content ) ) {
		return true;
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
	$config = hip_widgets_is_enqueued() ? hip_widgets_page_config() : array();
	if ( $config ) {
		// As hip_widgets_page_config_script() builds it: escaped JSON, so no value can end the element.
		hip_widgets_print_inline_script(
			$config,
			array(
				'type'                    => 'application/json',
				'data-hip-widgets-config' => true,
			)
		);
	}
}
add_action( 'wp_footer', 'hip_widgets_print_page_config', 5 );
