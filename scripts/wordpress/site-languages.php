<?php
/**
 * The plugin's translations (languages/, built by build-languages.mjs) in
 * `php site.php setup` (included by site-setup.php): for each language it
 * ships, with WordPress's locale set to it, the PHP strings come from its .mo
 * file (load_plugin_textdomain() from the plugin's own folder: this site has
 * no language packs), the block's script gets its JSON file, and the plugin
 * list's description is translated. check-languages.mjs shows the Dutch in
 * the real screens.
 *
 * @package HipWidgets
 */

// phpcs:disable WordPress.Files.FileName

$hipwp_languages = array(
	'nl_NL' => array( 'Praktijklocaties', 'Locatie 3 (“zuid”)', 'Taal', 'De pagina "Heupklachten" van de praktijk' ),
	'de_DE' => array( 'Praxisstandorte', 'Standort 3 („zuid“)', 'Sprache', 'Die Seite "Heupklachten" (Hüftbeschwerden) der Praxis' ),
	'fr_FR' => array( 'Sites du cabinet', "Site 3 («\u{a0}zuid\u{a0}»)", 'Langue', 'La page « Heupklachten »' ),
);
require_once ABSPATH . 'wp-admin/includes/plugin.php'; // get_plugin_data().
$hipwp_editor_script = WP_Block_Type_Registry::get_instance()->get_registered( 'hip-widgets/heupklachten' )->editor_script_handles[0];
foreach ( $hipwp_languages as $hipwp_locale => list( $hipwp_heading, $hipwp_label, $hipwp_js, $hipwp_description ) ) {
	$hipwp_set_locale = static function () use ( $hipwp_locale ) {
		return $hipwp_locale;
	};
	add_filter( 'determine_locale', $hipwp_set_locale );
	unload_textdomain( 'hip-widgets' );
	hip_widgets_load_textdomain();
	$hipwp_script_json = json_decode( (string) load_script_textdomain( $hipwp_editor_script, 'hip-widgets', HIP_WIDGETS_DIR . 'languages' ), true );
	$hipwp_plugin      = get_plugin_data( HIP_WIDGETS_FILE, false, true );
	$hipwp_seen        = array(
		__( 'Practice locations', 'hip-widgets' ),
		hip_widgets_location_label( 3, 'zuid' ),
		isset( $hipwp_script_json['locale_data']['messages']['Language'][0] ) ? $hipwp_script_json['locale_data']['messages']['Language'][0] : null,
		substr( $hipwp_plugin['Description'], 0, strlen( $hipwp_description ) ),
	);
	remove_filter( 'determine_locale', $hipwp_set_locale );
	hipwp_check(
		array( $hipwp_heading, $hipwp_label, $hipwp_js, $hipwp_description ) === $hipwp_seen,
		"languages: $hipwp_locale from the plugin's own languages/ folder: its PHP strings (.mo), the block's script (JSON) and its description in the plugin list",
		hipwp_show( $hipwp_seen )
	);
}
unload_textdomain( 'hip-widgets' );
hip_widgets_load_textdomain();
hipwp_check( 'Practice locations' === __( 'Practice locations', 'hip-widgets' ), 'languages: back in the site\'s English' );
