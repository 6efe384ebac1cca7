<?php
/**
 * The classic editor in `php site.php setup` (included at the end of
 * site-setup.php): a draft for the Administrator and one for the Editor
 * without unfiltered_html (site-block.php), each marked for the classic
 * editor (classic-editor.php, a must-use plugin of the test site), added to
 * $HIPWP_WORK/site.json for check-classic.mjs.
 *
 * @package HipWidgets
 */

// phpcs:disable WordPress.Files.FileName

$hipwp_classic = array();
foreach ( array(
	'admin'  => 1,
	'editor' => get_user_by( 'login', 'redacteur' )->ID,
) as $hipwp_who => $hipwp_author ) {
	$hipwp_id = wp_insert_post(
		array(
			'post_type'   => 'post',
			'post_status' => 'draft',
			'post_title'  => 'Klassieke editor (' . $hipwp_who . ')',
			'post_author' => $hipwp_author,
			'meta_input'  => array( '_hipwp_classic_editor' => '1' ),
		),
		true
	);
	if ( is_wp_error( $hipwp_id ) ) {
		hipwp_abort( 'creating the classic editor draft: ' . $hipwp_id->get_error_message() );
	}
	$hipwp_classic[ $hipwp_who ] = $hipwp_id;
}
hipwp_check(
	function_exists( 'use_block_editor_for_post' ) && ! use_block_editor_for_post( $hipwp_classic['admin'] ) && use_block_editor_for_post( get_page_by_path( 'sample-page' ) ),
	'classic editor: the two drafts open in the classic editor (use_block_editor_for_post is false for them only)'
);
$hipwp_classic_site            = json_decode( (string) file_get_contents( $hipwp_work . '/site.json' ), true );
$hipwp_classic_site['classic'] = $hipwp_classic;
file_put_contents( $hipwp_work . '/site.json', wp_json_encode( $hipwp_classic_site, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) );
