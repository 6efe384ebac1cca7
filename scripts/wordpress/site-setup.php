<?php
/**
 * `php site.php setup` (included by site.php, WordPress loaded with the plugin
 * active): checks of the plugin's PHP side, then the settings, users and pages
 * the browser checks (check-site.mjs) look at, described in
 * $HIPWP_WORK/site.json.
 *
 * @package HipWidgets
 */

// phpcs:disable WordPress.Files.FileName

$hipwp_root = hipwp_env( 'HIPWP_ROOT' );
$hipwp_work = hipwp_env( 'HIPWP_WORK' );

/*
 * 1. The lists the plugin allows (generated/elements.php, written at build time) are the widgets':
 *    the elements and attributes of custom-elements.json, the languages of lit-localize.json, and
 *    the condition and statistic ids the widgets rendered into every language's fragments.
 */
$hipwp_manifest = json_decode( (string) file_get_contents( $hipwp_root . '/custom-elements.json' ), true );
$hipwp_elements = array();
foreach ( $hipwp_manifest['modules'] as $hipwp_module ) {
	foreach ( isset( $hipwp_module['declarations'] ) ? $hipwp_module['declarations'] : array() as $hipwp_declaration ) {
		if ( ! empty( $hipwp_declaration['customElement'] ) && isset( $hipwp_declaration['tagName'] ) ) {
			$hipwp_elements[ $hipwp_declaration['tagName'] ] = wp_list_pluck( isset( $hipwp_declaration['attributes'] ) ? $hipwp_declaration['attributes'] : array(), 'name' );
		}
	}
}
$hipwp_plugin_elements = hip_widgets_elements();
ksort( $hipwp_elements );
ksort( $hipwp_plugin_elements );
hipwp_check( 5 === count( $hipwp_elements ) && $hipwp_elements === $hipwp_plugin_elements, "the plugin's elements and attributes are custom-elements.json's", hipwp_show( array( $hipwp_elements, $hipwp_plugin_elements ) ) );
$hipwp_localize = json_decode( (string) file_get_contents( $hipwp_root . '/lit-localize.json' ), true );
$hipwp_locales  = array_merge( array( $hipwp_localize['sourceLocale'] ), $hipwp_localize['targetLocales'] );
hipwp_check( $hipwp_locales === hip_widgets_locales(), "the plugin's languages are lit-localize.json's", hipwp_show( hip_widgets_locales() ) );
$hipwp_ids      = array( hip_widgets_condition_ids(), hip_widgets_stat_ids() );
$hipwp_ids_seen = array();
foreach ( $hipwp_locales as $hipwp_locale ) {
	$hipwp_fragments                  = hip_widgets_fragments( $hipwp_locale );
	$hipwp_ids_seen[ $hipwp_locale ] = is_array( $hipwp_fragments ) ? array( array_keys( $hipwp_fragments['cards'] ), array_keys( $hipwp_fragments['figures'] ) ) : null;
}
hipwp_check(
	6 === count( $hipwp_ids[0] ) && count( $hipwp_ids[1] ) > 10 && array_fill_keys( $hipwp_locales, $hipwp_ids ) === $hipwp_ids_seen,
	"the plugin's condition and statistic ids are the ones the widgets rendered, in every language",
	hipwp_show( array( $hipwp_ids, $hipwp_ids_seen ) )
);

/*
 * 2. Settings: sanitizing, messages, and the page config.
 */
$hipwp_input = array(
	'locations'        => array(
		array(
			'id'          => 'centrum',
			'name'        => 'Fysiotherapie Centrum',
			'phone'       => '020 123 4567',
			'email'       => 'centrum@example.nl',
			'booking_url' => 'https://example.nl/afspraak?loc=centrum',
		),
		array(
			'id'          => 'Noord West',
			'name'        => 'Fysiotherapie <b>Noord</b>',
			'phone'       => 'abc',
			'email'       => 'noord@@example',
			'booking_url' => 'javascript:alert(1)',
		),
		array(
			'id'   => 'centrum',
			'name' => 'Dubbel',
		),
		array(
			'id'     => 'weg',
			'name'   => 'Weg',
			'phone'  => '020 123 4567',
			'remove' => '1',
		),
		array(
			'id'    => '',
			'name'  => '',
			'phone' => '',
		),
		array(
			'id'    => 'zonder-naam',
			'phone' => '020 123 4567',
		),
		array(
			'name'  => 'Fysio Zuid',
			'phone' => '+31 (0)20 765 4321',
		),
	),
	'default_location' => 'row:1',
	'locale'           => 'xx',
	'load'             => 'sometimes',
	// The review record, as the settings form sends it: a date that is no day, markup in the reviewer, bad and missing links, too many sources.
	'review'           => array(
		'reviewed'    => '2026-02-30',
		'next_review' => " 2027-03-12\u{00a0}",
		'reviewed_by' => '<b>M. de Vries</b>, fysiotherapeut',
		'sources'     => array_merge(
			array(
				array(
					'title' => 'Richtlijn <script>alert(1)</script>heupklachten',
					'url'   => 'https://example.nl/richtlijn?a=1&b=2',
				),
				array(
					'title' => 'Script',
					'url'   => 'javascript:alert(1)',
				),
				array(
					'title' => '',
					'url'   => 'https://example.nl/zonder-titel',
				),
				array(
					'title' => '',
					'url'   => '',
				),
				'not a row',
			),
			array_map(
				static function ( $number ) {
					return array( 'title' => 'Boek ' . $number );
				},
				range( 1, 10 )
			)
		),
	),
);
$hipwp_clean = hip_widgets_sanitize_settings( $hipwp_input );
$hipwp_want  = array(
	'locations'        => array(
		array(
			'id'          => 'centrum',
			'name'        => 'Fysiotherapie Centrum',
			'phone'       => '020 123 4567',
			'email'       => 'centrum@example.nl',
			'booking_url' => 'https://example.nl/afspraak?loc=centrum',
		),
		array(
			'id'          => 'noord-west',
			'name'        => 'Fysiotherapie Noord',
			'phone'       => '',
			'email'       => '',
			'booking_url' => '',
		),
		array(
			'id'          => 'fysio-zuid',
			'name'        => 'Fysio Zuid',
			'phone'       => '+31 (0)20 765 4321',
			'email'       => '',
			'booking_url' => '',
		),
	),
	'default_location' => 'noord-west',
	'locale'           => 'auto',
	'load'             => 'auto',
	'review'           => array(
		'reviewed'    => '',
		'next_review' => '2027-03-12',
		'reviewed_by' => 'M. de Vries, fysiotherapeut',
		'sources'     => array_merge(
			array(
				array(
					'title' => 'Richtlijn heupklachten',
					'url'   => 'https://example.nl/richtlijn?a=1&b=2',
				),
				array(
					'title' => 'Script',
					'url'   => '',
				),
			),
			array_map(
				static function ( $number ) {
					return array(
						'title' => 'Boek ' . $number,
						'url'   => '',
					);
				},
				range( 1, 8 )
			)
		),
	),
);
hipwp_check( $hipwp_want === $hipwp_clean, 'settings: bad fields, nameless, repeated and removed locations are dropped; ids made from names; the review record without its bad date and links, at most 10 sources', hipwp_show( $hipwp_clean ) );
$hipwp_messages = wp_list_pluck( get_settings_errors( HIP_WIDGETS_OPTION ), 'message' );
$hipwp_expected = array(
	'the id “Noord West” was saved as “noord-west”',
	'the phone number “abc” is not a phone number: it contains letters',
	'the e-mail address “noord@@example” is not an e-mail address',
	'the booking URL “javascript:alert(1)” uses &quot;javascript:&quot;',
	'Location 3 (“centrum”) was not saved: another location above already has this id',
	'Location 6 (“zonder-naam”) was not saved: it needs a name',
	'Location 7 got the id “fysio-zuid” from its name',
	'The widgets have no language “xx”',
	'Review: the date of the last review “2026-02-30” is not a day of the calendar. It was not saved.',
	'Source 2 (“Script”): the URL “javascript:alert(1)” uses &quot;javascript:&quot;',
	'Source 3 was not saved: it needs a title',
	'2 sources were not saved: the widgets show at most 10.',
	'Settings saved, apart from what the messages here say.',
);
foreach ( $hipwp_expected as $hipwp_text ) {
	$hipwp_found = false;
	foreach ( $hipwp_messages as $hipwp_message ) {
		$hipwp_found = $hipwp_found || false !== strpos( $hipwp_message, esc_html( $hipwp_text ) ) || false !== strpos( $hipwp_message, $hipwp_text );
	}
	hipwp_check( $hipwp_found, 'settings error: ' . html_entity_decode( $hipwp_text ), hipwp_show( $hipwp_messages ) );
}
hipwp_check( $hipwp_clean === hip_widgets_sanitize_settings( $hipwp_clean ), 'settings: sanitizing stored settings again changes nothing' );
$GLOBALS['wp_settings_errors'] = array();

// The shared table of contact values (test/vectors/contact.json, also read by the widgets' own test):
// the plugin must read each value, and write each link, as the widgets do.
$hipwp_vectors = json_decode( (string) file_get_contents( hipwp_env( 'HIPWP_ROOT' ) . '/test/vectors/contact.json' ), true );
$hipwp_wrong   = array();
foreach ( $hipwp_vectors['phone'] as list( $hipwp_input, $hipwp_want ) ) {
	$hipwp_parsed = hip_widgets_parse_phone( $hipwp_input );
	$hipwp_got    = is_wp_error( $hipwp_parsed ) ? null : array(
		'display' => $hipwp_parsed['display'],
		'href'    => 'tel:' . $hipwp_parsed['e164'],
	);
	if ( $hipwp_got !== $hipwp_want ) {
		$hipwp_wrong[] = 'phone ' . wp_json_encode( $hipwp_input ) . ' → ' . wp_json_encode( $hipwp_got );
	}
}
foreach ( $hipwp_vectors['email'] as list( $hipwp_input, $hipwp_want ) ) {
	$hipwp_parsed = hip_widgets_parse_email( $hipwp_input );
	$hipwp_got    = is_wp_error( $hipwp_parsed ) ? null : array(
		'display' => $hipwp_parsed,
		'href'    => hip_widgets_mailto_href( $hipwp_parsed ),
	);
	if ( $hipwp_got !== $hipwp_want ) {
		$hipwp_wrong[] = 'email ' . wp_json_encode( $hipwp_input ) . ' → ' . wp_json_encode( $hipwp_got );
	}
}
foreach ( $hipwp_vectors['bookingUrl'] as list( $hipwp_input, $hipwp_want ) ) {
	$hipwp_got = hip_widgets_booking_href( $hipwp_input );
	if ( ( '' === $hipwp_got ? null : $hipwp_got ) !== $hipwp_want ) {
		$hipwp_wrong[] = 'booking URL ' . wp_json_encode( $hipwp_input ) . ' → ' . wp_json_encode( $hipwp_got );
	}
}
// The shared table of custom figures (test/vectors/figures.json): the numbers the plugin pre-renders are the widgets'.
$hipwp_figures = json_decode( (string) file_get_contents( hipwp_env( 'HIPWP_ROOT' ) . '/test/vectors/figures.json' ), true );
foreach ( $hipwp_figures['figures'] as $hipwp_figure ) {
	$hipwp_got    = hip_widgets_custom_figure(
		array(
			'value' => $hipwp_figure['value'],
			'max'   => isset( $hipwp_figure['max'] ) ? $hipwp_figure['max'] : '',
			'unit'  => isset( $hipwp_figure['unit'] ) ? $hipwp_figure['unit'] : '',
			'label' => 'x',
		),
		$hipwp_figure['locale']
	);
	$hipwp_values = $hipwp_got['values'];
	$hipwp_shown  = array(
		'shown'    => $hipwp_values['value'],
		'scale'    => 's1i0l1' === $hipwp_got['key'] ? $hipwp_values['scale'] : null,
		'ticks'    => 's0' === substr( $hipwp_got['key'], 0, 2 ) ? array() : array( $hipwp_values['zero'], $hipwp_values['scale'] ),
		'barWidth' => $hipwp_values['bar-width'],
	);
	$hipwp_want   = array(
		'shown'    => $hipwp_figure['shown'],
		// The scale text is the fragment's ("van 48"): the plugin gives the number in it.
		'scale'    => null === $hipwp_figure['scale'] ? null : preg_replace( '/^\S+ /u', '', $hipwp_figure['scale'] ),
		'ticks'    => $hipwp_figure['ticks'],
		'barWidth' => $hipwp_figure['barWidth'],
	);
	if ( $hipwp_shown !== $hipwp_want ) {
		$hipwp_wrong[] = 'figure ' . wp_json_encode( $hipwp_figure ) . ' → ' . wp_json_encode( $hipwp_shown );
	}
}
/**
 * An array with its keys sorted, all the way down: JSON's objects compared without their key order.
 *
 * @param mixed $value Anything.
 * @return mixed
 */
function hipwp_sorted( $value ) {
	if ( ! is_array( $value ) ) {
		return $value;
	}
	if ( array_values( $value ) !== $value ) {
		ksort( $value );
	}
	return array_map( 'hipwp_sorted', $value );
}
// The shared table of review records (test/vectors/review.json): what the plugin pre-renders of a page config's record, and its JSON-LD, are the widgets'.
$hipwp_reviews = json_decode( (string) file_get_contents( hipwp_env( 'HIPWP_ROOT' ) . '/test/vectors/review.json' ), true );
foreach ( $hipwp_reviews['reviews'] as $hipwp_vector ) {
	$hipwp_review = hip_widgets_review( array( 'review' => $hipwp_vector['input'] ) );
	$hipwp_got    = null;
	if ( null !== $hipwp_review ) {
		$hipwp_got = array_filter(
			array(
				'reviewed'   => $hipwp_review['reviewed'],
				'nextReview' => $hipwp_review['next_review'],
				'reviewedBy' => $hipwp_review['reviewed_by'],
			)
		);
		$hipwp_got['sources'] = array_map( 'array_filter', $hipwp_review['sources'] );
	}
	if ( hipwp_sorted( $hipwp_got ) !== hipwp_sorted( $hipwp_vector['review'] ) ) {
		$hipwp_wrong[] = 'review "' . $hipwp_vector['title'] . '" → ' . wp_json_encode( $hipwp_got );
	} elseif ( null !== $hipwp_review && hipwp_sorted( hip_widgets_review_structured_data( $hipwp_review ) ) !== hipwp_sorted( $hipwp_vector['jsonLd'] ) ) {
		$hipwp_wrong[] = 'review "' . $hipwp_vector['title'] . '" JSON-LD → ' . wp_json_encode( hip_widgets_review_structured_data( $hipwp_review ) );
	}
}
hipwp_check(
	array() === $hipwp_wrong && count( $hipwp_vectors['phone'] ) > 10 && count( $hipwp_figures['figures'] ) > 10 && count( $hipwp_reviews['reviews'] ) > 20,
	'shared vectors (test/vectors/): phone, e-mail and booking links, custom figures\' numbers, and review records with their JSON-LD, are read and written as the widgets do',
	implode( '; ', $hipwp_wrong )
);
$hipwp_urls_ok = ! is_wp_error( hip_widgets_parse_booking_url( 'https://example.nl/afspraak?loc=noord&x=1' ) )
	&& is_wp_error( hip_widgets_parse_booking_url( 'javascript:alert(1)' ) )
	&& is_wp_error( hip_widgets_parse_booking_url( '/afspraak' ) )
	&& is_wp_error( hip_widgets_parse_booking_url( 'ftp://example.nl/' ) )
	&& is_wp_error( hip_widgets_parse_booking_url( 'https://user:pass@example.nl/' ) )
	&& is_wp_error( hip_widgets_parse_booking_url( 'data:text/html,<script>alert(1)</script>' ) );
hipwp_check( $hipwp_urls_ok, 'booking URLs: only absolute http(s) without credentials' );

// The page config script cannot be broken out of, whatever a filter puts in it.
$hipwp_evil = array(
	'locale'    => 'nl',
	'locations' => array(
		array(
			'id'   => 'x',
			'name' => "</script><script>alert('x')</script><!-- \u{2028} & \"quotes\"",
		),
	),
);
$hipwp_filter = static function () use ( $hipwp_evil ) {
	return $hipwp_evil;
};
add_filter( 'hip_widgets_page_config', $hipwp_filter );
$hipwp_script = hip_widgets_page_config_script();
remove_filter( 'hip_widgets_page_config', $hipwp_filter );
$hipwp_inner = preg_replace( '#^<script\b[^>]*>(.*)</script>\n$#s', '$1', $hipwp_script );
hipwp_check(
	2 === substr_count( $hipwp_script, '<' ) && 1 === substr_count( strtolower( $hipwp_script ), '</script' ) && json_decode( trim( $hipwp_inner ), true ) === $hipwp_evil,
	'page config: "</script>", "<!--" and quotes in values stay inside the JSON',
	hipwp_show( $hipwp_script )
);

/*
 * 2b. Script tags: printed through WordPress's functions, so its filters reach
 *     them, with the optimizers' opt-outs before src; the inline-script helper
 *     (the page config, JSON-LD) refuses text that would break its element.
 */
$hipwp_optouts = 'data-cfasync="false" data-no-optimize="1" data-no-defer="1" data-no-minify="1" nowprocket data-noptimize="1" data-jetpack-boost="ignore"';
hipwp_check(
	1 === preg_match( '#^<script ' . preg_quote( $hipwp_optouts, '#' ) . ' type="application/json" data-hip-widgets-config>\n\{#', $hipwp_script ),
	'page config: printed by wp_get_inline_script_tag() with the opt-outs, type="application/json" and data-hip-widgets-config',
	hipwp_show( $hipwp_script )
);
$hipwp_nonce = static function ( $attributes ) {
	$attributes['nonce'] = 'from-a-csp-plugin';
	return $attributes;
};
add_filter( 'wp_inline_script_attributes', $hipwp_nonce );
add_filter( 'wp_script_attributes', $hipwp_nonce );
$hipwp_ld     = hip_widgets_inline_script_tag(
	array(
		'@context' => 'https://schema.org',
		'name'     => '</script><script>alert(1)</script>',
	),
	array( 'type' => 'application/ld+json' )
);
$hipwp_module = wp_get_script_tag(
	array(
		'type' => 'module',
		'src'  => 'https://example.test/hip-widgets.js?ver=1',
		'id'   => 'hip-widgets-js-module',
	)
);
$hipwp_other  = wp_get_script_tag(
	array(
		'src' => 'https://example.test/other.js',
		'id'  => 'other-js',
	)
);
remove_filter( 'wp_inline_script_attributes', $hipwp_nonce );
remove_filter( 'wp_script_attributes', $hipwp_nonce );
hipwp_check(
	'<script ' . $hipwp_optouts . ' type="application/ld+json" nonce="from-a-csp-plugin">' . "\n" . '{"@context":"https:\/\/schema.org","name":"\u003C\/script\u003E\u003Cscript\u003Ealert(1)\u003C\/script\u003E"}' . "\n</script>\n" === $hipwp_ld,
	'inline scripts (JSON-LD): escaped JSON, the opt-outs, and what wp_inline_script_attributes adds (a CSP nonce)',
	hipwp_show( $hipwp_ld )
);
hipwp_check(
	1 === preg_match( '#^<script ' . preg_quote( $hipwp_optouts, '#' ) . ' type="module" src="https://example.test/hip-widgets.js\?ver=1" id="hip-widgets-js-module" nonce="from-a-csp-plugin"></script>#', $hipwp_module )
		&& false === strpos( $hipwp_other, 'nowprocket' ),
	'the module tag WordPress 6.5 prints gets the opt-outs before src through wp_script_attributes (and a CSP nonce); other scripts do not',
	hipwp_show( array( $hipwp_module, $hipwp_other ) )
);
$hipwp_wrong = array();
$hipwp_quiet = static function ( $function_name ) use ( &$hipwp_wrong ) {
	$hipwp_wrong[] = $function_name;
};
add_action( 'doing_it_wrong_run', $hipwp_quiet );
add_filter( 'doing_it_wrong_trigger_error', '__return_false' );
$hipwp_refused = array(
	hip_widgets_inline_script_tag( '{"a":"</script><script>alert(1)</script>"}', array( 'type' => 'application/ld+json' ) ),
	hip_widgets_inline_script_tag( '{"a":"<!--"}', array( 'type' => 'application/json' ) ),
	hip_widgets_inline_script_tag( '{"a":"<SCRIPT"}', array( 'type' => 'application/json' ) ),
	hip_widgets_inline_script_tag( 42, array( 'type' => 'application/json' ) ),
	hip_widgets_inline_script_tag( '   ', array( 'type' => 'application/json' ) ),
);
remove_action( 'doing_it_wrong_run', $hipwp_quiet );
remove_filter( 'doing_it_wrong_trigger_error', '__return_false' );
$hipwp_accepted = hip_widgets_inline_script_tag( '{"a":"b"}', array( 'type' => 'application/ld+json' ) );
hipwp_check(
	array( '', '', '', '', '' ) === $hipwp_refused && array( 'hip_widgets_inline_script_tag', 'hip_widgets_inline_script_tag', 'hip_widgets_inline_script_tag' ) === $hipwp_wrong
		&& false !== strpos( $hipwp_accepted, ">\n{\"a\":\"b\"}\n</script>" ),
	'inline scripts: text holding "</script", "<script" or "<!--" is refused with a _doing_it_wrong notice, nothing printed; other text is printed as it is',
	hipwp_show( array( $hipwp_refused, $hipwp_wrong, $hipwp_accepted ) )
);

// WordPress 6.1 to 6.3 build the enqueued script's tag without wp_script_attributes: script_loader_tag is the way in.
$hipwp_classic = array(
	'6.1, no HTML5 support' => "<script type='text/javascript' src='https://example.test/hip-widgets.js?ver=1' id='hip-widgets-js'></script>\n",
	'6.4 (attributes set)'  => wp_get_script_tag(
		array(
			'src' => 'https://example.test/hip-widgets.js?ver=1',
			'id'  => 'hip-widgets-js',
		)
	),
);
foreach ( $hipwp_classic as $hipwp_case => $hipwp_tag ) {
	$hipwp_out   = apply_filters( 'script_loader_tag', $hipwp_tag, 'hip-widgets', 'https://example.test/hip-widgets.js?ver=1' );
	$hipwp_other = apply_filters( 'script_loader_tag', str_replace( 'hip-widgets', 'other', $hipwp_tag ), 'other', 'https://example.test/other.js?ver=1' );
	$hipwp_ok    = 1 === substr_count( $hipwp_out, 'type=' ) && 1 === preg_match( '#<script [^>]*type="module"#', $hipwp_out ) && 1 === substr_count( $hipwp_out, 'src=' )
		&& $hipwp_other === str_replace( 'hip-widgets', 'other', $hipwp_tag );
	foreach ( array( 'data-cfasync="false"', 'data-no-optimize="1"', 'data-no-defer="1"', 'data-no-minify="1"', 'nowprocket', 'data-noptimize="1"', 'data-jetpack-boost="ignore"' ) as $hipwp_attribute ) {
		$hipwp_at  = strpos( $hipwp_out, ' ' . $hipwp_attribute );
		$hipwp_ok  = $hipwp_ok && false !== $hipwp_at && $hipwp_at < strpos( $hipwp_out, ' src=' );
		$hipwp_ok  = $hipwp_ok && 1 === substr_count( $hipwp_out, ' ' . strtok( $hipwp_attribute, '=' ) );
	}
	hipwp_check( $hipwp_ok, "the enqueued classic script ($hipwp_case): type=\"module\" and each opt-out once, before src; other scripts untouched", hipwp_show( $hipwp_out ) );
}

// Optimizers that honour no attribute are told through their own filters.
hipwp_check(
	in_array( 'hip-widgets-js-module', (array) apply_filters( 'sgo_javascript_combine_exclude_ids', array( 'x' ) ), true )
		&& in_array( 'hip-widgets', (array) apply_filters( 'sgo_javascript_combine_exclude', array() ), true )
		&& in_array( 'hip-widgets', (array) apply_filters( 'sgo_js_minify_exclude', 'not a list' ), true )
		&& in_array( '/hip-widgets/assets/', (array) apply_filters( 'perfmatters_delay_js_exclusions', array() ), true )
		&& false === apply_filters( 'w3tc_minify_js_do_tag_minification', true, '<script type="module" src="/x.js" id="hip-widgets-js-module"></script>', '/x.js' )
		&& true === apply_filters( 'w3tc_minify_js_do_tag_minification', true, '<script src="/x.js" id="other-js"></script>', '/x.js' ),
	"optimizers' exclusion filters: SiteGround (ids, handles), Perfmatters (delay), W3 Total Cache (minify) leave the bundle alone, and only it"
);

// The page config says where the language files are, from the site's root, with the bundle's version.
$hipwp_config = hip_widgets_page_config();
hipwp_check(
	isset( $hipwp_config['localesUrl'] ) && 1 === preg_match( '#^/wp-content/plugins/hip-widgets/assets/locales/\?ver=' . preg_quote( HIP_WIDGETS_VERSION, '#' ) . '\.\d+$#', $hipwp_config['localesUrl'] ),
	'page config: "localesUrl" is the plugin\'s assets/locales/ from the root, with the bundle\'s version',
	hipwp_show( $hipwp_config )
);
$hipwp_cdn = static function ( $url ) {
	return str_replace( home_url(), 'https://cdn.example.test', $url );
};
add_filter( 'plugins_url', $hipwp_cdn );
$hipwp_cdn_config = hip_widgets_page_config();
remove_filter( 'plugins_url', $hipwp_cdn );
hipwp_check( ! isset( $hipwp_cdn_config['localesUrl'] ), 'page config: no "localesUrl" when the plugin\'s files are on another host (a CDN), which the widgets would refuse', hipwp_show( $hipwp_cdn_config ) );

/*
 * 3. Shortcodes: attributes checked, one line, no <p> or <br> from wpautop.
 */
$hipwp_shortcodes = array(
	'[hip_condition_card condition="fai" open heading_level="4"]' => '<hip-condition-card condition="fai" open heading-level="4"></hip-condition-card>',
	'[hip_condition_card condition="FAI" open="false" heading_level="9"]' => '<hip-condition-card condition="fai"></hip-condition-card>',
	'[hip_condition_card condition="knee"]'                       => '<!-- hip_condition_card: condition "knee" is not one of fai, perthes, epiphysiolysis, hip-fracture, hip-osteoarthritis, hip-prosthesis -->',
	'[hip_complaints_section conditions="fai, knee,hip-fracture,fai" heading_level="3" location="Noord" booking_url="javascript:alert(1)" phone="020 123 4567" email="x" practice_name="<b>Fysio</b> &quot;Heup&quot;"]' => '<hip-complaints-section conditions="fai,hip-fracture" heading-level="3" location="noord" phone="020 123 4567" practice-name="Fysio &quot;Heup&quot;"></hip-complaints-section>',
	'[hip_appointment_cta location="noord" booking_url="https://example.nl/a?b=1&c=2"]' => '<appointment-cta location="noord" booking-url="https://example.nl/a?b=1&amp;c=2"></appointment-cta>',
	'[hip_symptom_checklist]'                                     => '<symptom-checklist></symptom-checklist>',
	'[hip_stats_figure stat="fai-prevalence-hip-pain"]'           => '<stats-figure stat="fai-prevalence-hip-pain"></stats-figure>',
	'[hip_stats_figure stat="onzin"]'                             => '<!-- hip_stats_figure: stat "onzin" is not a built-in statistic -->',
	'[hip_stats_figure value="3,1" max="100" unit="%" label="Deel"]' => '<stats-figure value="3.1" max="100" unit="%" label="Deel"></stats-figure>',
	'[hip_stats_figure value="veel"]'                             => '<!-- hip_stats_figure: needs stat="…" or a number in value="…", not "veel" -->',
);
foreach ( $hipwp_shortcodes as $hipwp_code => $hipwp_html ) {
	$hipwp_out = do_shortcode( $hipwp_code );
	// An element comes with its content (declarative shadow DOM; compared with the renderer's by check-prerender.mjs).
	$hipwp_tag     = preg_match( '#^<([a-z-]+)[ >]#', $hipwp_html, $hipwp_m ) ? $hipwp_m[1] : '';
	$hipwp_content = '' !== $hipwp_tag && 0 === strpos( $hipwp_out, substr( $hipwp_html, 0, strpos( $hipwp_html, '>' ) + 1 ) ) ? substr( $hipwp_out, strpos( $hipwp_html, '>' ) + 1 ) : null;
	if ( '' === $hipwp_tag ) {
		$hipwp_ok = $hipwp_html === $hipwp_out;
	} else {
		$hipwp_ok = null !== $hipwp_content && 0 === strpos( $hipwp_content, '<template shadowroot="open" shadowrootmode="open">' ) && substr( $hipwp_content, -strlen( '</' . $hipwp_tag . '>' ) ) === '</' . $hipwp_tag . '>' && false === strpos( $hipwp_content, '{{hip:' ) && false === strpos( $hipwp_out, "\n" );
	}
	hipwp_check( $hipwp_ok, 'shortcode ' . $hipwp_code, hipwp_show( substr( $hipwp_out, 0, 300 ) ) );
}
$hipwp_classic = "Tekst boven.\n[hip_condition_card condition=\"perthes\"]\n<stats-figure stat=\"physio-hip-share\" label=\"a > b\"></stats-figure>\nTekst onder.\n\n[hip_complaints_section]\n\n[[hip_symptom_checklist]]";
$hipwp_out     = apply_filters( 'the_content', $hipwp_classic );
hipwp_check(
	! preg_match( '#<p>\s*<(hip-|stats-figure|symptom-checklist|appointment-cta)|<br\s*/?>\s*<(hip-|stats-figure)|</(hip-[a-z-]+|stats-figure)>\s*<br#', $hipwp_out )
		&& false !== strpos( $hipwp_out, '<hip-condition-card condition="perthes"><template shadowroot' )
		&& false !== strpos( $hipwp_out, '<stats-figure stat="physio-hip-share" label="a > b"></stats-figure>' )
		&& false !== strpos( $hipwp_out, '<hip-complaints-section><template shadowroot' )
		&& false !== strpos( $hipwp_out, '<p>Tekst boven.</p>' )
		&& false !== strpos( $hipwp_out, '[hip_symptom_checklist]' ),
	'wpautop: elements and shortcodes next to text in classic content get no <p> or <br>; [[escaped]] stays text',
	hipwp_show( $hipwp_out )
);

$hipwp_block = apply_filters( 'the_content', "<!-- wp:shortcode -->\n[hip_condition_card condition=\"fai\"]\n[hip_condition_card condition=\"perthes\"]\n<!-- /wp:shortcode -->" );
hipwp_check(
	preg_match( '#^<hip-condition-card condition="fai"><template shadowroot[^\n]*</hip-condition-card>\n<hip-condition-card condition="perthes"><template shadowroot[^\n]*</hip-condition-card>$#', trim( $hipwp_block ) ),
	'wpautop: two shortcodes on two lines of a Shortcode block get no <p> or <br>',
	hipwp_show( $hipwp_block )
);

/*
 * 4. kses: the elements survive for authors without unfiltered_html; nothing
 *    else does.
 */
$hipwp_author = wp_insert_user(
	array(
		'user_login' => 'auteur',
		'user_pass'  => hipwp_env( 'HIPWP_PASSWORD' ),
		'user_email' => 'auteur@example.invalid',
		'role'       => 'author',
	)
);
if ( is_wp_error( $hipwp_author ) ) {
	hipwp_abort( 'creating the author: ' . $hipwp_author->get_error_message() );
}
wp_set_current_user( $hipwp_author );
hipwp_check( ! current_user_can( 'unfiltered_html' ), 'the author has no unfiltered_html (kses filters their posts)' );

$hipwp_markup = '<hip-complaints-section conditions="fai,perthes" heading-level="2" location="noord" booking-url="javascript:alert(1)" phone="020 123 4567" email="a@example.nl" practice-name="Fysio" class="heup" onclick="alert(1)"></hip-complaints-section>'
	. '<hip-condition-card condition="fai" open heading-level="3"></hip-condition-card><symptom-checklist></symptom-checklist>'
	. '<appointment-cta location="noord" booking-url="https://example.nl/afspraak"></appointment-cta><stats-figure stat="physio-hip-share" value="1" max="2" unit="%" label="x" data-x="1"></stats-figure>'
	. '<script>alert(1)</script><iframe src="https://example.com/"></iframe>';
remove_filter( 'wp_kses_allowed_html', 'hip_widgets_allowed_html', 10 );
$hipwp_without = wp_kses_post( $hipwp_markup );
add_filter( 'wp_kses_allowed_html', 'hip_widgets_allowed_html', 10, 2 );
hipwp_check( false === strpos( $hipwp_without, '<hip-' ) && false === strpos( $hipwp_without, '<stats-figure' ), 'kses: without the plugin, WordPress strips the elements (so this test means something)', hipwp_show( $hipwp_without ) );
$hipwp_with = wp_kses_post( $hipwp_markup );
hipwp_check(
	false !== strpos( $hipwp_with, '<hip-complaints-section conditions="fai,perthes" heading-level="2" location="noord" booking-url="alert(1)" phone="020 123 4567" email="a@example.nl" practice-name="Fysio" class="heup"></hip-complaints-section>' )
		&& false !== strpos( $hipwp_with, '<hip-condition-card condition="fai" open heading-level="3"></hip-condition-card><symptom-checklist></symptom-checklist>' )
		&& false !== strpos( $hipwp_with, '<appointment-cta location="noord" booking-url="https://example.nl/afspraak"></appointment-cta>' )
		&& false !== strpos( $hipwp_with, '<stats-figure stat="physio-hip-share" value="1" max="2" unit="%" label="x" data-x="1"></stats-figure>' )
		&& false === stripos( $hipwp_with, 'onclick' ) && false === stripos( $hipwp_with, '<script' ) && false === stripos( $hipwp_with, '<iframe' ) && false === stripos( $hipwp_with, 'javascript:' ),
	'kses: with the plugin, its elements and attributes stay; onclick, <script>, <iframe> and javascript: go',
	hipwp_show( $hipwp_with )
);

/*
 * 5. The site for the browser checks.
 */
wp_set_current_user( 1 );
update_option( 'permalink_structure', '' );
update_option( 'show_avatars', 0 ); // Avatars come from gravatar.com; this site makes no requests to other hosts.
$hipwp_settings = array(
	'locations'        => array(
		array(
			'id'          => 'centrum',
			'name'        => 'Fysiotherapie Centrum',
			'phone'       => '020 123 4567',
			'email'       => 'centrum@example.nl',
			'booking_url' => 'https://example.nl/afspraak?loc=centrum',
		),
		array(
			'id'    => 'noord',
			'name'  => 'Fysiotherapie Noord',
			'phone' => '+31 20 765 4321',
			'email' => 'noord@example.nl',
		),
	),
	'default_location' => 'centrum',
	'locale'           => 'nl',
	'load'             => 'auto',
	// Every page with the section shows it at its end and in its JSON-LD; the next review is far ahead (no admin notice yet).
	'review'           => array(
		'reviewed'    => '2026-03-12',
		'next_review' => '2036-03-12',
		'reviewed_by' => 'M. de Vries, fysiotherapeut',
		'sources'     => array(
			array(
				'title' => 'Richtlijn heupklachten & "meer" <voor> iedereen',
				'url'   => 'https://example.nl/bronnen/richtlijn?a=1&b=2',
			),
			array(
				'title' => 'Boek over de heup',
				'url'   => '',
			),
		),
	),
);
update_option( HIP_WIDGETS_OPTION, $hipwp_settings );
$hipwp_stored = get_option( HIP_WIDGETS_OPTION );
hipwp_check( 'noord' === $hipwp_stored['locations'][1]['id'] && 'centrum' === $hipwp_stored['default_location'] && ! get_settings_errors( HIP_WIDGETS_OPTION ), 'the practice locations are saved without complaint', hipwp_show( get_settings_errors( HIP_WIDGETS_OPTION ) ) );
$hipwp_config = hip_widgets_page_config();
hipwp_check(
	isset( $hipwp_config['review'] ) && array(
		'reviewed'   => '2026-03-12',
		'nextReview' => '2036-03-12',
		'reviewedBy' => 'M. de Vries, fysiotherapeut',
		'sources'    => array(
			array(
				'title' => 'Richtlijn heupklachten & "meer" iedereen',
				'url'   => 'https://example.nl/bronnen/richtlijn?a=1&b=2',
			),
			array( 'title' => 'Boek over de heup' ),
		),
	) === $hipwp_config['review'],
	'the review record is saved (the title as sanitize_text_field() leaves it) and becomes the page config\'s "review"; a source without a link has no "url"',
	hipwp_show( isset( $hipwp_config['review'] ) ? $hipwp_config['review'] : $hipwp_config )
);

/**
 * Creates a published page or post and returns its URL.
 *
 * @param array $post wp_insert_post() fields.
 * @return array{id: int, url: string}
 */
function hipwp_publish( array $post ) {
	$id = wp_insert_post( array_merge( array( 'post_status' => 'publish' ), $post ), true );
	if ( is_wp_error( $id ) ) {
		hipwp_abort( 'creating "' . $post['post_title'] . '": ' . $id->get_error_message() );
	}
	return array(
		'id'  => $id,
		'url' => get_permalink( $id ),
	);
}

// Classic content (no blocks): wpautop runs on it.
$hipwp_shortcode_page = hipwp_publish(
	array(
		'post_type'    => 'page',
		'post_title'   => 'Heupklachten',
		'post_content' => "Heeft u last van uw heup? Hieronder leest u meer.\n\n[hip_complaints_section]\n\nVragen? Neem gerust contact op.",
	)
);
$hipwp_classic_page   = hipwp_publish(
	array(
		'post_type'    => 'page',
		'post_title'   => 'Heup: losse onderdelen',
		'post_content' => "Tekst boven.\n<hip-condition-card condition=\"fai\" open></hip-condition-card>\n[hip_stats_figure stat=\"fai-prevalence-hip-pain\"]\nTekst onder.\n\n[hip_symptom_checklist]",
	)
);
// Block content with shortcode blocks and a location.
$hipwp_location_page = hipwp_publish(
	array(
		'post_type'    => 'page',
		'post_title'   => 'Locatie Noord',
		'post_content' => "<!-- wp:paragraph -->\n<p>Onze locatie in Noord.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:shortcode -->\n[hip_appointment_cta location=\"noord\"]\n<!-- /wp:shortcode -->\n\n<!-- wp:shortcode -->\n[hip_complaints_section location=\"noord\" conditions=\"fai,hip-fracture\" heading_level=\"2\"]\n<!-- /wp:shortcode -->",
	)
);

/**
 * Post content with one Shortcode block per case of prerender-cases.json.
 *
 * @param array $cases Each with its 'shortcode'.
 * @return string
 */
function hipwp_shortcode_blocks( array $cases ) {
	$blocks = array();
	foreach ( $cases as $hipwp_case ) {
		$blocks[] = "<!-- wp:shortcode -->\n" . $hipwp_case['shortcode'] . "\n<!-- /wp:shortcode -->";
	}
	return implode( "\n\n", $blocks );
}

// Every pre-render case (scripts/wordpress/prerender-cases.json), one Shortcode block each.
$hipwp_cases      = json_decode( (string) file_get_contents( hipwp_env( 'HIPWP_ROOT' ) . '/scripts/wordpress/prerender-cases.json' ), true );
$hipwp_cases_page = hipwp_publish(
	array(
		'post_type'    => 'page',
		'post_title'   => 'Pre-render cases',
		'post_content' => hipwp_shortcode_blocks( $hipwp_cases['cases'] ),
	)
);

/**
 * A page of prerender-cases.json with its own page config (page-config-filter.php, a must-use
 * plugin): its shortcodes, one Shortcode block each, and the config in the field the filter reads.
 *
 * @param string $title The page's title.
 * @param array  $cases The page's entry of prerender-cases.json: cases and config.
 * @return array{id: int, url: string}
 */
function hipwp_own_config_page( $title, array $cases ) {
	return hipwp_publish(
		array(
			'post_type'    => 'page',
			'post_title'   => $title,
			'post_content' => hipwp_shortcode_blocks( $cases['cases'] ),
			'meta_input'   => array( '_hipwp_page_config' => wp_slash( wp_json_encode( $cases['config'] ) ) ),
		)
	);
}

// The location list's page: several locations, no default, bad values.
$hipwp_picker_page = hipwp_own_config_page( 'Pre-render: locations to pick from', $hipwp_cases['pickerPage'] );
// The review record's page: a hostile record.
$hipwp_review_page = hipwp_own_config_page( 'Pre-render: a hostile review record', $hipwp_cases['reviewPage'] );

// A page whose widget only another plugin prints, in the footer (footer-shortcode.php, a must-use plugin): found after the head.
$hipwp_footer_page = hipwp_publish(
	array(
		'post_type'    => 'page',
		'post_title'   => 'Contact',
		'post_content' => "<!-- wp:paragraph -->\n<p>Bel ons, of maak online een afspraak.</p>\n<!-- /wp:paragraph -->",
		'meta_input'   => array( '_hipwp_footer_shortcode' => '[hip_appointment_cta location="noord"]' ),
	)
);

// The author's post with the elements in a Custom HTML block, saved the way the block editor saves it: the REST API, as the author.
wp_set_current_user( $hipwp_author );
$hipwp_html_block = "<!-- wp:paragraph -->\n<p>Alles over heupklachten.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:html -->\n<hip-complaints-section\n  heading-level=\"2\"\n  class=\"heup\" onmouseover=\"alert(1)\">\n</hip-complaints-section>\n<script>document.title = 'xss';</script>\n<!-- /wp:html -->";
$hipwp_request    = new WP_REST_Request( 'POST', '/wp/v2/posts' );
$hipwp_request->set_body_params(
	array(
		'title'   => 'Heupklachten (Custom HTML)',
		'content' => $hipwp_html_block,
		'status'  => 'publish',
	)
);
$hipwp_response = rest_do_request( $hipwp_request );
if ( $hipwp_response->is_error() ) {
	hipwp_abort( 'the author could not save the post through the REST API: ' . hipwp_show( $hipwp_response->get_data() ) );
}
$hipwp_html_post = (int) $hipwp_response->get_data()['id'];
$hipwp_saved     = get_post_field( 'post_content', $hipwp_html_post );
hipwp_check(
	preg_match( '#<hip-complaints-section\s+heading-level="2"\s+class="heup">\s*</hip-complaints-section>#', $hipwp_saved )
		&& false === stripos( $hipwp_saved, 'onmouseover' ) && false === stripos( $hipwp_saved, '<script' ),
	"the author's Custom HTML block is saved with the element and its attributes, without the script and the handler",
	hipwp_show( $hipwp_saved )
);
wp_set_current_user( 1 );

// A theme or SEO plugin that renders the content while the head is printed (for a description), for
// check-optimizers.mjs: a mu-plugin of this test site only, active with ?hipwp-head-content=<priority>.
$hipwp_mu_plugin = <<<'PHP'
<?php
/**
 * Written by scripts/wordpress/site-setup.php for the plugin test's own site. With
 * ?hipwp-head-content=N it renders a widget shortcode while the head is printed, at
 * priority N, and throws the HTML away, as a theme or SEO plugin does to write a
 * description; "Load on every page" is off for that request, so this is where the
 * plugin first finds the widgets.
 */
if ( isset( $_GET['hipwp-head-content'] ) ) { // phpcs:ignore WordPress.Security.NonceVerification.Recommended
	add_filter(
		'option_hip_widgets_settings',
		static function ( $settings ) {
			if ( is_array( $settings ) ) {
				$settings['load'] = 'auto';
			}
			return $settings;
		}
	);
	add_action(
		'wp_head',
		static function () {
			apply_filters( 'the_content', '[hip_stats_figure stat="fai-prevalence-hip-pain"]' );
		},
		(int) $_GET['hipwp-head-content'] // phpcs:ignore WordPress.Security.NonceVerification.Recommended
	);
}
PHP;
if ( ! wp_mkdir_p( WPMU_PLUGIN_DIR ) || false === file_put_contents( WPMU_PLUGIN_DIR . '/hipwp-head-content.php', $hipwp_mu_plugin ) ) {
	hipwp_abort( 'could not write the mu-plugin to ' . WPMU_PLUGIN_DIR );
}

$hipwp_sample = get_page_by_path( 'sample-page' );
$hipwp_site   = array(
	'url'           => home_url( '/' ),
	'admin'         => array(
		'user'     => 'admin',
		'password' => hipwp_env( 'HIPWP_PASSWORD' ),
	),
	'pages'         => array(
		'shortcode' => $hipwp_shortcode_page['url'],
		'html'      => get_permalink( $hipwp_html_post ),
		'location'  => $hipwp_location_page['url'],
		'classic'   => $hipwp_classic_page['url'],
		'prerender' => $hipwp_cases_page['url'],
		'picker'    => $hipwp_picker_page['url'],
		'review'    => $hipwp_review_page['url'],
		'plain'     => $hipwp_sample ? get_permalink( $hipwp_sample ) : home_url( '/?p=1' ),
		'footer'    => $hipwp_footer_page['url'],
	),
	'config'        => hip_widgets_page_config(),
	'settings'      => admin_url( 'options-general.php?page=hip-widgets' ),
	'dashboard'     => admin_url( 'index.php' ),
	'bundleVersion' => hip_widgets_bundle_version(),
	// WordPress 6.5+: the bundle is a script module (wp_enqueue_script_module), before that a classic script.
	'scriptModules' => function_exists( 'wp_enqueue_script_module' ),
);
file_put_contents( $hipwp_work . '/site.json', wp_json_encode( $hipwp_site, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) );

// The dataLayer opt-in: how it is read and saved, and what it adds to the page config.
require __DIR__ . '/site-conversions.php';

// The plugin's own translations (Dutch, German, French), from its languages/ folder.
require __DIR__ . '/site-languages.php';

// The block "Heupklachten": its server side, its Editor and its page of cases (adds to site.json).
require __DIR__ . '/site-block.php';

// The classic editor's drafts (adds to site.json).
require __DIR__ . '/site-classic.php';
