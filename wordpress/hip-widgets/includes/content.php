<?php
/**
 * The elements as markup in post content (a Custom HTML block, the classic
 * editor's Text tab):
 *
 * - kses: WordPress removes tags it does not know from the content of users
 *   without the unfiltered_html capability (authors, contributors, and
 *   everyone on a multisite but super admins). The plugin adds its elements
 *   and their attributes to the tags allowed in posts, booking-url is checked
 *   as a URL (no javascript:), and nothing else is allowed: the page config
 *   script comes from the settings, never from post content.
 * - wpautop: in content written without blocks (the classic editor), and in
 *   the Shortcode block, WordPress wraps lines that are not block-level HTML in
 *   <p> and turns line breaks into <br>. It does not know these elements are
 *   block-level, so the plugin keeps its elements and shortcodes out of
 *   wpautop's way: each is set aside before wpautop and put back after it (an
 *   element as written, a shortcode rendered).
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Allows the elements and their attributes in post content (kses "post"
 * context, which the Custom HTML block, the classic editor and the REST API
 * use for users without unfiltered_html).
 *
 * @param array  $tags    Allowed tags: tag name => allowed attributes.
 * @param string $context The kses context.
 * @return array
 */
function hip_widgets_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	$global = array_fill_keys( hip_widgets_global_attributes(), true );
	foreach ( hip_widgets_elements() as $tag => $attributes ) {
		$tags[ $tag ] = array_merge( $global, array_fill_keys( $attributes, true ) );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'hip_widgets_allowed_html', 10, 2 );

/**
 * Checks booking-url like href: kses then removes javascript:, data: and other
 * protocols WordPress does not allow in links.
 *
 * @param string[] $attributes Attributes that hold URLs.
 * @return string[]
 */
function hip_widgets_uri_attributes( $attributes ) {
	$attributes[] = 'booking-url';
	return $attributes;
}
add_filter( 'wp_kses_uri_attributes', 'hip_widgets_uri_attributes' );

/**
 * The regular expression that finds an element of the plugin in HTML: its
 * start tag (attribute values may contain ">") and, when it follows with only
 * white space between, its end tag.
 *
 * @return string
 */
function hip_widgets_element_pattern() {
	$tags      = implode( '|', array_map( 'preg_quote', array_keys( hip_widgets_elements() ) ) );
	$attribute = '(?:\s+[^\s"\'>\/=]+(?:\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s"\'>]+))?)*';
	return '#<(' . $tags . ')(?=[\s/>])' . $attribute . '\s*/?>(?:\s*</\1\s*>)?#i';
}

/**
 * Sets a piece of content aside, returning the placeholder that stands in for
 * it; with no argument, returns everything set aside (placeholder key => text).
 *
 * @param string|null $text The text to set aside.
 * @return string|array
 */
function hip_widgets_placeholders( $text = null ) {
	static $stored = array();
	static $token  = '';
	if ( null === $text ) {
		return $stored;
	}
	if ( '' === $token ) {
		$token = wp_generate_password( 12, false );
	}
	$key            = $token . '-' . count( $stored );
	$stored[ $key ] = $text;
	// A block-level tag: wpautop puts paragraph breaks around it and no <p> or <br> next to it.
	return '<div data-hip-widgets-placeholder="' . $key . '"></div>';
}

/**
 * Before wpautop (the_content, priority 9, after do_blocks): sets the
 * plugin's elements and shortcodes aside, each standing in as an empty div,
 * which wpautop treats as the block-level element it is. Only when wpautop
 * will run: block content (do_blocks removes wpautop) is left alone.
 *
 * @param string $content Post content.
 * @return string
 */
function hip_widgets_protect_from_wpautop( $content ) {
	if ( ! is_string( $content ) || false === has_filter( 'the_content', 'wpautop' ) ) {
		return $content;
	}
	return hip_widgets_set_aside( $content );
}
add_filter( 'the_content', 'hip_widgets_protect_from_wpautop', 9 );

/**
 * Replaces each of the plugin's elements and shortcodes in a text with a
 * placeholder (see hip_widgets_placeholders()).
 *
 * @param string $content HTML.
 * @return string
 */
function hip_widgets_set_aside( $content ) {
	if ( ! hip_widgets_content_uses_widgets( $content ) ) {
		return $content;
	}
	$content = preg_replace_callback(
		hip_widgets_element_pattern(),
		static function ( $matches ) {
			return hip_widgets_placeholders( $matches[0] );
		},
		$content
	);
	return preg_replace_callback(
		'/' . get_shortcode_regex( hip_widgets_shortcode_tags() ) . '/',
		static function ( $matches ) {
			if ( '[' === $matches[1] && ']' === $matches[6] ) {
				return $matches[0]; // [[hip_…]]: an escaped shortcode, shown as text by do_shortcode.
			}
			return hip_widgets_placeholders( $matches[0] );
		},
		$content
	);
}

/**
 * After wpautop and shortcodes (the_content, priority 11): puts back what was
 * set aside, elements as written and shortcodes rendered.
 *
 * @param string $content Post content.
 * @return string
 */
function hip_widgets_restore_after_wpautop( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, 'data-hip-widgets-placeholder=' ) ) {
		return $content;
	}
	$stored = hip_widgets_placeholders();
	return preg_replace_callback(
		'#<div data-hip-widgets-placeholder="([A-Za-z0-9]+-\d+)"></div>#',
		static function ( $matches ) use ( $stored ) {
			if ( ! isset( $stored[ $matches[1] ] ) ) {
				return '';
			}
			$text = $stored[ $matches[1] ];
			return '[' === $text[0] ? do_shortcode( $text ) : $text;
		},
		$content
	);
}
add_filter( 'the_content', 'hip_widgets_restore_after_wpautop', 11 );

/**
 * The Shortcode block runs wpautop on its own text, so two shortcodes on two
 * lines would come out as one paragraph with a <br>: render the block's text
 * with the plugin's shortcodes set aside from that wpautop.
 *
 * @param string $block_content The block's HTML.
 * @param array  $block         The block.
 * @return string
 */
function hip_widgets_render_shortcode_block( $block_content, $block ) {
	$text = isset( $block['innerHTML'] ) && is_string( $block['innerHTML'] ) ? $block['innerHTML'] : '';
	if ( false === strpos( $text, '[hip_' ) || ! hip_widgets_content_uses_widgets( $text ) ) {
		return $block_content;
	}
	return hip_widgets_restore_after_wpautop( wpautop( hip_widgets_set_aside( $text ) ) );
}
add_filter( 'render_block_core/shortcode', 'hip_widgets_render_shortcode_block', 10, 2 );
