<?php
/**
 * The plugin's own screens (Settings → Hip widgets, the block's sidebar, the
 * settings' messages) in the site's or the user's language: Dutch, German and
 * French ship in the plugin's languages/ folder (built from
 * wordpress/languages/*.po by scripts/wordpress/build-languages.mjs), because
 * a zip installed by hand gets no language packs from WordPress.org.
 *
 * load_plugin_textdomain() tries WordPress's own languages/plugins/ folder
 * first, so a language pack installed there still wins. The block's script
 * finds its JSON files through wp_set_script_translations() (includes/block.php).
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Loads the plugin's translations, at init before anything of the plugin
 * translates (its settings and block are registered at init, priority 10).
 */
function hip_widgets_load_textdomain() {
	load_plugin_textdomain( 'hip-widgets', false, dirname( plugin_basename( HIP_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'hip_widgets_load_textdomain', 1 );
