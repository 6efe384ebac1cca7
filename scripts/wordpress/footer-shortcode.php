<?php
/**
 * A must-use plugin of the plugin test (scripts/wordpress/test-wordpress.sh
 * links it into the test site's wp-content/mu-plugins/): on a page with a
 * `_hipwp_footer_shortcode` field, prints that shortcode at the start of the
 * footer, as a plugin that renders shortcodes in wp_footer would. The widgets
 * are then found only after the head was printed; with a block theme on
 * WordPress 6.5+, whose script modules are printed in the head, the plugin must
 * print its module tag itself (hip_widgets_print_late_module()).
 *
 * @package HipWidgets
 */

add_action(
	'wp_footer',
	static function () {
		$shortcode = is_singular() ? get_post_meta( get_queried_object_id(), '_hipwp_footer_shortcode', true ) : '';
		if ( is_string( $shortcode ) && '' !== $shortcode ) {
			echo do_shortcode( $shortcode ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- the shortcode's own output.
		}
	},
	1
);
