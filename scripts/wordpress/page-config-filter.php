<?php
/**
 * A must-use plugin of the plugin test (scripts/wordpress/test-wordpress.sh
 * links it into the test site's wp-content/mu-plugins/): on a page with a
 * `_hipwp_page_config` field (JSON), the hip_widgets_page_config filter gives
 * that config instead of the settings' — as a theme or another plugin may,
 * with whatever it holds. The pre-render checks use it for a page whose
 * locations have no default (the call to action's location list) and carry
 * bad values.
 *
 * @package HipWidgets
 */

add_filter(
	'hip_widgets_page_config',
	static function ( $config ) {
		$json = is_singular() ? get_post_meta( get_queried_object_id(), '_hipwp_page_config', true ) : '';
		$own  = is_string( $json ) && '' !== $json ? json_decode( $json, true ) : null;
		return is_array( $own ) ? $own : $config;
	}
);
