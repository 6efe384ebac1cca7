<?php
/**
 * The dataLayer opt-in (includes/conversions.php) in `php site.php setup`
 * (included by site-setup.php, WordPress loaded with the plugin active): the
 * option is read and saved strictly, off by default; on, the page config says
 * "dataLayer": true, and the editor canvas's config does not. Leaves it off:
 * check-conversions.mjs turns it on from the settings page.
 *
 * @package HipWidgets
 */

// phpcs:disable WordPress.Files.FileName

hipwp_check( ! hip_widgets_datalayer_enabled() && ! array_key_exists( 'dataLayer', hip_widgets_page_config() ), 'dataLayer: off by default, and the page config does not mention it', hipwp_show( hip_widgets_page_config() ) );

// The checkbox's "1" (or true from code) is on; anything else a form or a plugin could send is off.
$hipwp_on  = array( true, 1, '1' );
$hipwp_off = array( false, null, 0, '', '0', 'on', 'yes', 'true', ' 1', 2, 1.0, array( '1' ), array( true ), (object) array( 'on' => true ) );
$hipwp_bad = array();
foreach ( $hipwp_on as $hipwp_value ) {
	if ( true !== hip_widgets_sanitize_datalayer( $hipwp_value ) ) {
		$hipwp_bad[] = 'on: ' . hipwp_show( $hipwp_value );
	}
}
foreach ( $hipwp_off as $hipwp_value ) {
	if ( false !== hip_widgets_sanitize_datalayer( $hipwp_value ) ) {
		$hipwp_bad[] = 'off: ' . hipwp_show( $hipwp_value );
	}
}
hipwp_check( array() === $hipwp_bad, 'dataLayer: only the checkbox\'s "1" (or true) turns it on; "on", "yes", "true", arrays and objects are off', implode( '; ', $hipwp_bad ) );

// Saved through register_setting()'s sanitizing, as the settings form saves it.
update_option( HIP_WIDGETS_DATALAYER_OPTION, 'yes' );
hipwp_check( ! hip_widgets_datalayer_enabled() && '1' !== get_option( HIP_WIDGETS_DATALAYER_OPTION ), 'dataLayer: "yes" saved from code is stored as off', hipwp_show( get_option( HIP_WIDGETS_DATALAYER_OPTION ) ) );

// What the database holds is read as strictly (a value put there behind the sanitizing's back).
$hipwp_stored = static function () {
	return array( '1' );
};
add_filter( 'pre_option_' . HIP_WIDGETS_DATALAYER_OPTION, $hipwp_stored );
$hipwp_odd = hip_widgets_datalayer_enabled();
remove_filter( 'pre_option_' . HIP_WIDGETS_DATALAYER_OPTION, $hipwp_stored );
hipwp_check( false === $hipwp_odd, 'dataLayer: an array in the database is off' );

update_option( HIP_WIDGETS_DATALAYER_OPTION, '1' );
$hipwp_config = hip_widgets_page_config();
hipwp_check(
	hip_widgets_datalayer_enabled() && true === $hipwp_config['dataLayer'] && false !== strpos( hip_widgets_page_config_script(), '"dataLayer":true' ),
	'dataLayer: on, the page config script says "dataLayer": true',
	hipwp_show( hip_widgets_page_config_script() )
);

// The editor canvas: a click there is no conversion.
hip_widgets_register_canvas_script();
$hipwp_canvas = wp_scripts()->get_data( HIP_WIDGETS_CANVAS_HANDLE, 'after' );
$hipwp_canvas = is_array( $hipwp_canvas ) ? implode( "\n", $hipwp_canvas ) : '';
hipwp_check(
	false !== strpos( $hipwp_canvas, 'HipWidgets.configure(' ) && false === strpos( $hipwp_canvas, 'dataLayer' ),
	'dataLayer: on, the block editor canvas\'s config still leaves it out',
	hipwp_show( $hipwp_canvas )
);
wp_deregister_script( HIP_WIDGETS_CANVAS_HANDLE );

update_option( HIP_WIDGETS_DATALAYER_OPTION, false );
hipwp_check( ! hip_widgets_datalayer_enabled() && ! array_key_exists( 'dataLayer', hip_widgets_page_config() ), 'dataLayer: off again, the page config does not mention it' );
