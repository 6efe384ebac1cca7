<?php
/**
 * Removes what the plugin stored when it is deleted (Plugins → Delete): its
 * two options (the settings and the dataLayer opt-in), on every site of a
 * multisite network. Posts keep their shortcodes and markup; without the
 * plugin they show nothing (a shortcode shows as text).
 *
 * @package HipWidgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	$hip_widgets_site_ids = get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	);
	foreach ( $hip_widgets_site_ids as $hip_widgets_site_id ) {
		switch_to_blog( $hip_widgets_site_id );
		delete_option( 'hip_widgets_settings' );
		delete_option( 'hip_widgets_datalayer' );
		restore_current_blog();
	}
} else {
	delete_option( 'hip_widgets_settings' );
	delete_option( 'hip_widgets_datalayer' );
}
