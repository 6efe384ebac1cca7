<?php
/**
 * Keeping optimizer plugins and CDNs away from the widgets' script tags.
 *
 * Minifying, combining, deferring or delaying the bundle gains nothing (it is
 * one minified module, which a browser already runs after the page is parsed)
 * and can break it: a module combined into a classic file is a syntax error,
 * a delayed one leaves the widgets inert until the visitor touches the page,
 * and a copy served from a cache folder loses its language files beside it.
 * So every script tag the plugin prints carries the opt-out attributes the
 * common optimizers honour, and for those that honour no attribute the plugin
 * adds itself to their exclusion filters. docs/wordpress-optimizers.md lists,
 * per optimizer, what it honours (and where that was read) and what a site
 * should still exclude in its settings.
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The opt-out attributes, in the order they are printed: before `src`, since
 * Cloudflare's Rocket Loader only sees a data-cfasync written before it.
 *
 * @return array<string, string|bool> For wp_print_script_tag() and friends (true: an attribute without value).
 */
function hip_widgets_optimizer_attributes() {
	return array(
		// Cloudflare Rocket Loader (its documentation); LiteSpeed Cache skips it too, Autoptimize does not move it.
		'data-cfasync'       => 'false',
		// LiteSpeed Cache: no minify, combine or defer (src/optimize.cls.php, _parse_js).
		'data-no-optimize'   => '1',
		// LiteSpeed Cache: no defer or delay (src/optimize.cls.php, _js_defer and _js_delay).
		'data-no-defer'      => '1',
		// WP Rocket: no minify or combine (its exclude_js_template list, Minify/JS/AbstractJSOptimization.php).
		'data-no-minify'     => '1',
		// WP Rocket: not delayed ("nowprocket" is on its delay_js_exclusions list, DelayJS/HTML.php).
		'nowprocket'         => true,
		// Autoptimize: not aggregated or moved (its $dontmove list, classes/autoptimizeScripts.php).
		'data-noptimize'     => '1',
		// Jetpack Boost "Defer Non-Essential JavaScript" (modules/optimizations/render-blocking-js).
		'data-jetpack-boost' => 'ignore',
	);
}

/**
 * The ids WordPress gives the bundle's script tag: as a script module (6.5 and
 * later, and the plugin's own late print) and as a classic script (before 6.5).
 *
 * @return string[]
 */
function hip_widgets_script_ids() {
	return array( HIP_WIDGETS_HANDLE . '-js-module', HIP_WIDGETS_HANDLE . '-js' );
}

/**
 * Adds a value to an exclusion list an optimizer passes through a filter,
 * whatever the filter was given (another plugin may have returned anything).
 *
 * @param mixed           $list   The list so far.
 * @param string|string[] $values What to add.
 * @return array
 */
function hip_widgets_add_exclusions( $list, $values ) {
	$list = is_array( $list ) ? $list : array();
	foreach ( (array) $values as $value ) {
		if ( ! in_array( $value, $list, true ) ) {
			$list[] = $value;
		}
	}
	return $list;
}

/**
 * SiteGround Speed Optimizer honours no attribute. Its "Combine JavaScript
 * Files" takes every script tag with a src, modules included, into one classic
 * file unless the tag's id (since 7.7) or handle is excluded
 * (core/Combinator/Js_Combinator.php).
 *
 * @param mixed $ids Excluded script tag ids.
 * @return array
 */
function hip_widgets_sgo_exclude_ids( $ids ) {
	return hip_widgets_add_exclusions( $ids, hip_widgets_script_ids() );
}
add_filter( 'sgo_javascript_combine_exclude_ids', 'hip_widgets_sgo_exclude_ids' );

/**
 * SiteGround Speed Optimizer's combining, minifying (core/Minifier/Minifier.php)
 * and deferring (the filter name as other plugins' compatibility code uses it)
 * go by script handle.
 *
 * @param mixed $handles Excluded script handles.
 * @return array
 */
function hip_widgets_sgo_exclude_handle( $handles ) {
	return hip_widgets_add_exclusions( $handles, HIP_WIDGETS_HANDLE );
}
add_filter( 'sgo_javascript_combine_exclude', 'hip_widgets_sgo_exclude_handle' );
add_filter( 'sgo_js_minify_exclude', 'hip_widgets_sgo_exclude_handle' );
add_filter( 'sgo_js_async_exclude', 'hip_widgets_sgo_exclude_handle' );

/**
 * Perfmatters honours no attribute either: "Delay JavaScript" delays every
 * script tag, modules included, that matches none of the exclusion strings
 * (Perfmatters\JS::optimize).
 *
 * @param mixed $exclusions Strings that exclude a script tag they occur in.
 * @return array
 */
function hip_widgets_perfmatters_delay_exclusions( $exclusions ) {
	return hip_widgets_add_exclusions( $exclusions, '/hip-widgets/assets/' );
}
add_filter( 'perfmatters_delay_js_exclusions', 'hip_widgets_perfmatters_delay_exclusions' );

/**
 * W3 Total Cache's "auto" JS minify leaves module scripts alone in recent
 * versions (Minify_AutoJs.php); older ones combine them. Its filter says no for
 * the bundle's tag whatever the version.
 *
 * @param mixed  $do_minify  Whether W3 Total Cache minifies the tag.
 * @param string $script_tag The script tag.
 * @return mixed
 */
function hip_widgets_w3tc_minify_tag( $do_minify, $script_tag = '' ) {
	$ids = implode( '|', array_map( 'preg_quote', hip_widgets_script_ids() ) );
	if ( is_string( $script_tag ) && preg_match( '/\sid=["\']?(?:' . $ids . ')["\'\s>]/', $script_tag ) ) {
		return false;
	}
	return $do_minify;
}
add_filter( 'w3tc_minify_js_do_tag_minification', 'hip_widgets_w3tc_minify_tag', 10, 2 );
