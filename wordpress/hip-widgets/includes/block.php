<?php
/**
 * The block "Heupklachten" (hip-widgets/heupklachten, registered from
 * blocks/heupklachten/block.json): a dynamic block that saves only its
 * attributes (its save() returns null), so kses has no markup to strip for
 * users without unfiltered_html, and that is rendered on the server by the
 * shortcodes' own functions, so it is pre-rendered exactly as they are.
 *
 * - Attributes: each block attribute the element uses is handed to that
 *   element's shortcode function under the shortcode's name for it
 *   (headingLevel → heading_level), whatever its type; the shortcode reads it
 *   as it reads a shortcode attribute (hip_widgets_normalize_atts(), then the
 *   checks of validate.php), so a crafted block comment can put in no more
 *   than a crafted shortcode. The block's own two, show and language, are
 *   checked here (language by the reader of the page config's locale).
 * - Language: the widgets show one language per page (src/localization.ts).
 *   A block's language, when it has one, becomes the page's: the first such
 *   block rendered sets the page config's "locale" (through the
 *   hip_widgets_page_config filter), which the pre-render, the JSON-LD and the
 *   widgets in the browser all read.
 * - The editor: blocks/heupklachten/index.js (plain JavaScript on the wp.*
 *   globals, no build step) draws the sidebar and the real elements in the
 *   canvas. In the admin only, the block's script is the classic bundle,
 *   configured with the settings' locations: WordPress loads a block's script
 *   into the editor canvas wherever that is (6.5's iframe, 6.1's editor page,
 *   the block previews' iframes). The front end loads the module as before
 *   (assets.php).
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The block's name. */
const HIP_WIDGETS_BLOCK = 'hip-widgets/heupklachten';

/** Handle of the classic bundle in the editor canvas. */
const HIP_WIDGETS_CANVAS_HANDLE = 'hip-widgets-canvas';

/**
 * What the block can show: for each value of its "show" attribute, the
 * shortcode function that renders it and the block attributes it reads (block
 * name => shortcode name).
 *
 * @return array<string, array{render: callable, attributes: array<string, string>}>
 */
function hip_widgets_block_elements() {
	return array(
		'section'   => array(
			'render'     => 'hip_widgets_shortcode_complaints_section',
			'attributes' => array(
				'conditions'   => 'conditions',
				'headingLevel' => 'heading_level',
				'location'     => 'location',
			),
		),
		'card'      => array(
			'render'     => 'hip_widgets_shortcode_condition_card',
			'attributes' => array(
				'condition'    => 'condition',
				'open'         => 'open',
				'headingLevel' => 'heading_level',
			),
		),
		'checklist' => array(
			'render'     => 'hip_widgets_shortcode_symptom_checklist',
			'attributes' => array(),
		),
		'cta'       => array(
			'render'     => 'hip_widgets_shortcode_appointment_cta',
			'attributes' => array( 'location' => 'location' ),
		),
		'figure'    => array(
			'render'     => 'hip_widgets_shortcode_stats_figure',
			'attributes' => array(
				'stat'  => 'stat',
				'value' => 'value',
				'max'   => 'max',
				'unit'  => 'unit',
				'label' => 'label',
			),
		),
	);
}

/**
 * Registers the block from its block.json, with the shortcodes' renderer. In
 * the admin its script is the classic bundle, for the canvas; on the front end
 * it has none (the plugin loads the module wherever the widgets are).
 */
function hip_widgets_register_block() {
	$canvas = is_admin() && ! wp_doing_ajax() && hip_widgets_register_canvas_script();
	$block  = register_block_type(
		HIP_WIDGETS_DIR . 'blocks/heupklachten',
		array(
			'render_callback' => 'hip_widgets_render_block',
			'script_handles'  => $canvas ? array( HIP_WIDGETS_CANVAS_HANDLE ) : array(),
		)
	);
	if ( $block instanceof WP_Block_Type && ! empty( $block->editor_script_handles ) ) {
		// WordPress sets the text domain already; this adds the plugin's own folder, for a zip installed by hand.
		wp_set_script_translations( $block->editor_script_handles[0], 'hip-widgets', HIP_WIDGETS_DIR . 'languages' );
	}
}
add_action( 'init', 'hip_widgets_register_block' );

/**
 * Registers the classic bundle for the editor canvas, followed by the page
 * config the widgets there read: the settings' locations, and the language
 * the front end shows by default (the canvas's own <html lang> is the
 * editing user's language, or none in an iframe). No "localesUrl": the
 * language files load from beside the bundle; no "dataLayer": a click in the
 * editor is no conversion.
 *
 * @return bool Whether the bundle is there to register.
 */
function hip_widgets_register_canvas_script() {
	if ( ! file_exists( HIP_WIDGETS_DIR . 'assets/hip-widgets.iife.js' ) ) {
		return false;
	}
	wp_register_script( HIP_WIDGETS_CANVAS_HANDLE, plugins_url( 'assets/hip-widgets.iife.js', HIP_WIDGETS_FILE ), array(), hip_widgets_bundle_version(), true );
	$config = hip_widgets_page_config();
	unset( $config['localesUrl'], $config['dataLayer'] );
	$config['locale'] = hip_widgets_block_default_locale();
	wp_add_inline_script( HIP_WIDGETS_CANVAS_HANDLE, 'window.HipWidgets && window.HipWidgets.configure(' . hip_widgets_inline_script_text( $config, __FUNCTION__ ) . ');' );
	return true;
}

/**
 * The language the widgets show on a page without a block language: the
 * settings' (or the page config's), else the site's, else Dutch; as
 * hip_widgets_render_locale() decides on the front end, but with the site's
 * language rather than the editing user's.
 *
 * @return string One of hip_widgets_locales().
 */
function hip_widgets_block_default_locale() {
	$config = hip_widgets_page_config();
	$wanted = isset( $config['locale'] ) && is_string( $config['locale'] ) ? hip_widgets_match_locale( $config['locale'] ) : null;
	if ( null === $wanted ) {
		$wanted = hip_widgets_match_locale( get_locale() );
	}
	return null !== $wanted ? $wanted : 'nl';
}

/**
 * Renders the block: the element it shows, pre-rendered by its shortcode
 * function; an HTML comment when "show" names no element.
 *
 * @param mixed $attributes The block's attributes, as the post holds them (anything).
 * @return string
 */
function hip_widgets_render_block( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$elements   = hip_widgets_block_elements();
	$show       = array_key_exists( 'show', $attributes ) ? $attributes['show'] : 'section';
	$show       = is_string( $show ) ? strtolower( trim( $show ) ) : '';
	if ( ! isset( $elements[ $show ] ) ) {
		return hip_widgets_comment( HIP_WIDGETS_BLOCK, sprintf( 'show "%s" is not one of %s', $show, implode( ', ', array_keys( $elements ) ) ) );
	}

	$language = isset( $attributes['language'] ) && is_string( $attributes['language'] ) ? hip_widgets_match_locale( $attributes['language'] ) : null;
	if ( null !== $language ) {
		hip_widgets_block_locale( $language );
	}

	$atts = array();
	foreach ( $elements[ $show ]['attributes'] as $name => $shortcode_name ) {
		if ( array_key_exists( $name, $attributes ) ) {
			$atts[ $shortcode_name ] = $attributes[ $name ];
		}
	}
	return call_user_func( $elements[ $show ]['render'], $atts );
}

/**
 * The page's language as its blocks set it: the first block with a language
 * decides (the widgets show one language per page).
 *
 * @param string|null $locale A block's language (one of hip_widgets_locales()); null to read.
 * @return string|null
 */
function hip_widgets_block_locale( $locale = null ) {
	static $page_locale = null;
	if ( null === $page_locale && is_string( $locale ) ) {
		$page_locale = $locale;
	}
	return $page_locale;
}

/**
 * The hip_widgets_page_config filter (early, so a site's own filter still has
 * the last word): a block's language is the page's.
 *
 * @param mixed $config The page config.
 * @return mixed
 */
function hip_widgets_block_page_config( $config ) {
	$locale = hip_widgets_block_locale();
	if ( null !== $locale && is_array( $config ) ) {
		$config['locale'] = $locale;
	}
	return $config;
}
add_filter( 'hip_widgets_page_config', 'hip_widgets_block_page_config', 9 );

/**
 * What the editor script needs for the sidebar: the conditions (with their
 * names in the widgets' language), the statistics, the settings' locations
 * and default location, and the default language.
 *
 * @return array
 */
function hip_widgets_block_editor_data() {
	$config     = hip_widgets_page_config();
	$locale     = hip_widgets_block_default_locale();
	$table      = hip_widgets_fragments( $locale );
	$conditions = array();
	foreach ( hip_widgets_condition_ids() as $id ) {
		$name         = $table && isset( $table['json-ld']['conditions'][ $id ]['name'] ) ? (string) $table['json-ld']['conditions'][ $id ]['name'] : $id;
		$conditions[] = array(
			'id'   => $id,
			'name' => $name,
		);
	}
	$locations = array();
	foreach ( hip_widgets_render_locations( $config ) as $location ) {
		$locations[] = array(
			'id'   => $location['id'],
			'name' => $location['name'],
		);
	}
	$default = isset( $config['defaultLocation'] ) && is_string( $config['defaultLocation'] ) ? trim( $config['defaultLocation'] ) : '';
	return array(
		'conditions'      => $conditions,
		'stats'           => hip_widgets_stat_ids(),
		'locations'       => $locations,
		'defaultLocation' => in_array( $default, wp_list_pluck( $locations, 'id' ), true ) ? $default : '',
		'locale'          => $locale,
		'locales'         => hip_widgets_locales(),
	);
}

/**
 * Gives the editor script its data (enqueue_block_editor_assets: the editor
 * page itself, not its canvas).
 */
function hip_widgets_block_editor_assets() {
	$block = WP_Block_Type_Registry::get_instance()->get_registered( HIP_WIDGETS_BLOCK );
	if ( ! $block || empty( $block->editor_script_handles ) ) {
		return;
	}
	wp_add_inline_script( $block->editor_script_handles[0], 'var hipWidgetsBlock = ' . hip_widgets_inline_script_text( hip_widgets_block_editor_data(), __FUNCTION__ ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'hip_widgets_block_editor_assets' );
