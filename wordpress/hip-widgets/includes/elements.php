<?php
/**
 * What the bundle defines: the custom elements, their attributes, and the ids
 * they accept. The lists are not written here but generated at build time from
 * the widgets themselves (scripts/wordpress/build-elements.mjs, part of
 * `npm run build:wordpress`, from custom-elements.json and src/content/), so
 * they cannot drift: hip_widgets_condition_ids(), hip_widgets_stat_ids(),
 * hip_widgets_locales() and hip_widgets_elements() are defined in
 * generated/elements.php.
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

require_once HIP_WIDGETS_DIR . 'generated/elements.php';

/**
 * Attributes any of the elements may carry besides its own: the page's usual
 * hooks for styling and language.
 *
 * @return string[]
 */
function hip_widgets_global_attributes() {
	return array( 'id', 'class', 'style', 'lang', 'dir', 'title', 'hidden', 'data-*' );
}
