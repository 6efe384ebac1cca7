<?php
/**
 * The block "Heupklachten" in `php site.php setup` (included at the end of
 * site-setup.php, WordPress loaded with the plugin active): checks of its
 * server side, then what the browser checks need: an Editor without
 * unfiltered_html for check-block.mjs, and the page of block cases
 * (prerender-cases.json "blockPage") for check-prerender.mjs, added to
 * $HIPWP_WORK/site.json.
 *
 * @package HipWidgets
 */

// phpcs:disable WordPress.Files.FileName

/*
 * 1. Registered from block.json, dynamic, rendered by the shortcodes' functions.
 */
$hipwp_block_type = WP_Block_Type_Registry::get_instance()->get_registered( 'hip-widgets/heupklachten' );
hipwp_check(
	$hipwp_block_type instanceof WP_Block_Type && 3 === $hipwp_block_type->api_version && $hipwp_block_type->is_dynamic()
		&& 'Heupklachten' === $hipwp_block_type->title && ! empty( $hipwp_block_type->editor_script_handles ) && array() === $hipwp_block_type->script_handles,
	'block: hip-widgets/heupklachten is registered from block.json (apiVersion 3, dynamic, an editor script; no script of its own on the front end)',
	hipwp_show( $hipwp_block_type )
);

// The same PHP as the shortcode: a block and the shortcode with the same values print the same, to the byte.
$hipwp_pairs = array(
	'{"conditions":"hip-fracture, knee,FAI","location":"Noord","headingLevel":"3"}' => '[hip_complaints_section conditions="hip-fracture, knee,FAI" location="Noord" heading_level="3"]',
	'{"show":"card","condition":"perthes","open":true,"headingLevel":"5"}'          => '[hip_condition_card condition="perthes" open heading_level="5"]',
	'{"show":"cta","location":"centrum"}'                                            => '[hip_appointment_cta location="centrum"]',
	'{"show":"checklist"}'                                                           => '[hip_symptom_checklist]',
	'{"show":"figure","value":"3,1","max":"100","unit":"%","label":"Deel"}'          => '[hip_stats_figure value="3,1" max="100" unit="%" label="Deel"]',
);
foreach ( $hipwp_pairs as $hipwp_json => $hipwp_code ) {
	$hipwp_from_block = do_blocks( '<!-- wp:hip-widgets/heupklachten ' . $hipwp_json . ' /-->' );
	$hipwp_from_code  = do_shortcode( $hipwp_code );
	hipwp_check(
		$hipwp_from_block === $hipwp_from_code && false !== strpos( $hipwp_from_block, '<template shadowroot="open" shadowrootmode="open">' ),
		"block $hipwp_json prints exactly what $hipwp_code prints, pre-rendered",
		hipwp_show( array( substr( $hipwp_from_block, 0, 200 ), substr( $hipwp_from_code, 0, 200 ) ) )
	);
}

// Every attribute hostile: the render callback called with whatever a crafted post could hold, WordPress's own
// type checks bypassed. Each gives the element with the checked attributes, or a comment; never a PHP warning
// (test-wordpress.sh reads the debug log).
$hipwp_hostile = array(
	array( 'not an array', '<hip-complaints-section>' ),
	array( array(), '<hip-complaints-section>' ),
	array( array( 'show' => array( 'card' ) ), '<!-- hip-widgets/heupklachten: show "" is not one of section, card, checklist, cta, figure -->' ),
	array( array( 'show' => 'Kaart<script>' ), '<!-- hip-widgets/heupklachten: show "kaart" is not one of section, card, checklist, cta, figure -->' ),
	array(
		array(
			'show'         => 'section',
			'conditions'   => array( 'fai' ),
			'headingLevel' => array( 3 ),
			'location'     => (object) array( 'id' => 'noord' ),
			'language'     => array( 'en' ),
		),
		'<hip-complaints-section>',
	),
	array(
		array(
			'show'         => 'section',
			'conditions'   => 'perthes,<b>fai</b>,PERTHES,knee',
			'headingLevel' => '1',
			'location'     => 'Noord"><script>alert(1)</script>',
			'language'     => '<script>',
		),
		'<hip-complaints-section conditions="perthes" location="noordalert1">',
	),
	array(
		array(
			'show'         => ' CARD ',
			'condition'    => 'Hip-Fracture',
			'open'         => true,
			'headingLevel' => 4,
		),
		'<hip-condition-card condition="hip-fracture" open heading-level="4">',
	),
	array(
		array(
			'show'         => 'card',
			'condition'    => 'fai',
			'open'         => 'false',
			'headingLevel' => 3.0,
		),
		'<hip-condition-card condition="fai" heading-level="3">',
	),
	array( array( 'show' => 'card' ), '<!-- hip_condition_card: condition "" is not one of fai, perthes, epiphysiolysis, hip-fracture, hip-osteoarthritis, hip-prosthesis -->' ),
	array(
		array(
			'show'  => 'figure',
			'value' => 42,
			'max'   => 100,
			'unit'  => '%',
			'label' => '<img src=x onerror=alert(1)>Deel',
		),
		'<stats-figure value="42" max="100" unit="%" label="Deel">',
	),
	array(
		array(
			'show' => 'figure',
			'stat' => array(),
		),
		'<!-- hip_stats_figure: needs stat="…" or a number in value="…", not "" -->',
	),
	array(
		array(
			'show'       => 'cta',
			'location'   => 'Noord',
			'conditions' => 'fai',
		),
		'<appointment-cta location="noord">',
	),
	array(
		array(
			'show'         => 'checklist',
			'headingLevel' => '3',
			'location'     => 'noord',
		),
		'<symptom-checklist>',
	),
);
foreach ( $hipwp_hostile as list( $hipwp_attributes, $hipwp_want ) ) {
	$hipwp_out = hip_widgets_render_block( $hipwp_attributes );
	$hipwp_ok  = '<!' === substr( $hipwp_want, 0, 2 )
		? $hipwp_want === $hipwp_out
		: 0 === strpos( $hipwp_out, $hipwp_want . '<template shadowroot="open" shadowrootmode="open">' ) && false === strpos( $hipwp_out, '<script' ) && false === strpos( $hipwp_out, 'onerror' );
	hipwp_check( $hipwp_ok, 'block attributes ' . wp_json_encode( $hipwp_attributes ) . ' → ' . $hipwp_want, hipwp_show( substr( $hipwp_out, 0, 300 ) ) );
}
hipwp_check( null === hip_widgets_block_locale(), 'block: a language that is not one of the widgets\' sets nothing', hipwp_show( hip_widgets_block_locale() ) );

/*
 * 2. The Editor of the browser check: may publish, has no unfiltered_html (as
 *    on a multisite, or a site that sets DISALLOW_UNFILTERED_HTML), so kses
 *    filters what they save. The block editor's welcome guide is already seen.
 */
$hipwp_editor_password = hipwp_env( 'HIPWP_PASSWORD' );
$hipwp_editor_id       = wp_insert_user(
	array(
		'user_login' => 'redacteur',
		'user_pass'  => $hipwp_editor_password,
		'user_email' => 'redacteur@example.invalid',
		'role'       => 'editor',
	)
);
if ( is_wp_error( $hipwp_editor_id ) ) {
	hipwp_abort( 'creating the editor: ' . $hipwp_editor_id->get_error_message() );
}
$hipwp_editor = new WP_User( $hipwp_editor_id );
$hipwp_editor->add_cap( 'unfiltered_html', false );
update_user_meta(
	$hipwp_editor_id,
	$GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences',
	array(
		'core/edit-post' => array( 'welcomeGuide' => false ),
		'_modified'      => gmdate( 'c' ),
	)
);
hipwp_check(
	in_array( 'editor', ( new WP_User( $hipwp_editor_id ) )->roles, true ) && user_can( $hipwp_editor_id, 'publish_posts' ) && ! user_can( $hipwp_editor_id, 'unfiltered_html' ),
	'block: the Editor of the browser check may publish and has no unfiltered_html'
);

/*
 * 3. The page of block cases, for check-prerender.mjs: its first block sets
 *    the page's language (German), a later block's language is ignored.
 */
$hipwp_block_cases = json_decode( (string) file_get_contents( hipwp_env( 'HIPWP_ROOT' ) . '/scripts/wordpress/prerender-cases.json' ), true );
$hipwp_blocks_page = hipwp_publish(
	array(
		'post_type'    => 'page',
		'post_title'   => 'Pre-render: blocks',
		// Slashed, as wp_insert_post() expects: the attributes' JSON has backslashes (\u003c).
		'post_content' => wp_slash( implode( "\n\n", wp_list_pluck( $hipwp_block_cases['blockPage']['cases'], 'block' ) ) ),
	)
);

$hipwp_block_site                    = json_decode( (string) file_get_contents( $hipwp_work . '/site.json' ), true );
$hipwp_block_site['pages']['blocks'] = $hipwp_blocks_page['url'];
$hipwp_block_site['wordpress']       = get_bloginfo( 'version' );
$hipwp_block_site['editor']          = array(
	'user'     => 'redacteur',
	'password' => $hipwp_editor_password,
);
file_put_contents( $hipwp_work . '/site.json', wp_json_encode( $hipwp_block_site, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) );
