<?php
/**
 * The elements' content in the page's HTML, as declarative shadow DOM, so it
 * is there before any script runs (readable without JavaScript, by crawlers,
 * and while an optimizer delays the scripts) and the bundle hydrates it.
 *
 * The markup is not written here: it comes from fragments/<locale>.php, which
 * `npm run build` renders from the widgets' own Lit templates
 * (scripts/wordpress/build-fragments.mjs). This file only picks a fragment for
 * the element's settings and fills its holes ({{hip:name}}) with the site's
 * values, escaped. It decides what the elements would decide from the same
 * input (which location's details a call to action shows, the phone number's
 * tel: link, …), so the hydrated element shows exactly what was printed; the
 * plugin's test compares the two (scripts/wordpress/check-prerender.mjs).
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The fragments of one language, or null when the plugin was packed without
 * them (the elements then render in the browser, as before).
 *
 * @param string $locale One of hip_widgets_locales().
 * @return array|null
 */
function hip_widgets_fragments( $locale ) {
	static $loaded = array();
	if ( ! in_array( $locale, hip_widgets_locales(), true ) ) {
		return null;
	}
	if ( ! array_key_exists( $locale, $loaded ) ) {
		$file              = HIP_WIDGETS_DIR . 'fragments/' . $locale . '.php';
		$table             = is_readable( $file ) ? include $file : null;
		$loaded[ $locale ] = is_array( $table ) && isset( $table['locale'] ) && $locale === $table['locale'] ? $table : null;
		if ( null === $loaded[ $locale ] && defined( 'WP_DEBUG' ) && WP_DEBUG ) {
			trigger_error( 'Hip widgets: fragments/' . esc_html( $locale ) . '.php is missing; the widgets render in the browser only. Run "npm run build:wordpress".', E_USER_WARNING ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_trigger_error
		}
	}
	return $loaded[ $locale ];
}

/**
 * The language the widgets will show, decided as they decide it: the page
 * config's locale (the settings), else the page's <html lang> (the site's
 * language) when the widgets have it, else Dutch, the source.
 *
 * @return string
 */
function hip_widgets_render_locale() {
	$config = hip_widgets_page_config();
	if ( isset( $config['locale'] ) && is_string( $config['locale'] ) ) {
		$wanted = hip_widgets_match_locale( $config['locale'] );
		if ( null !== $wanted ) {
			return $wanted;
		}
	}
	$site = hip_widgets_match_locale( (string) get_bloginfo( 'language' ) );
	return null !== $site ? $site : 'nl';
}

/**
 * A language tag's language if the widgets have it ("en-GB" → "en"), as
 * matchLocale() in src/localization.ts.
 *
 * @param string $tag Language tag.
 * @return string|null
 */
function hip_widgets_match_locale( $tag ) {
	$parts    = preg_split( '/[-_]/', strtolower( trim( $tag ) ) );
	$language = is_array( $parts ) ? $parts[0] : '';
	return in_array( $language, hip_widgets_locales(), true ) ? $language : null;
}

/**
 * Text for HTML text or a quoted attribute value. Not esc_html()/esc_attr():
 * they leave "&amp;" as it is, so a practice name typed with "&amp;" would
 * show as "&" here and as "&amp;" once the widgets render it.
 *
 * @param string $text Plain text.
 * @return string
 */
function hip_widgets_escape( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8', true );
}

/**
 * Fills a fragment's holes in one pass (a value is never searched for holes
 * itself), styles included. Holes without a value are left empty.
 *
 * @param array  $table    The language's fragments.
 * @param string $template The fragment.
 * @param array  $values   Hole name => markup (escaped already).
 * @return string
 */
function hip_widgets_fill( array $table, $template, array $values ) {
	$pairs = array();
	// Every hole of the fragment gets a value ('' if none is given), before the one pass.
	if ( preg_match_all( '/\{\{hip:[a-z0-9:-]+\}\}/', $template, $holes ) ) {
		$pairs = array_fill_keys( $holes[0], '' );
	}
	foreach ( $table['styles'] as $name => $style ) {
		$pairs[ '{{hip:' . $name . '}}' ] = $style;
	}
	foreach ( $values as $name => $markup ) {
		$pairs[ '{{hip:' . $name . '}}' ] = (string) $markup;
	}
	return strtr( $template, $pairs );
}

/**
 * The practice's locations as the widgets read them from the page config:
 * entries with a usable id, each contact value parsed, unusable ones left out.
 *
 * @param array $config The page config (hip_widgets_page_config()).
 * @return array[] Each: id, name (or ''), phone (parsed or null), email, booking ('' when none).
 */
function hip_widgets_render_locations( array $config ) {
	$locations = array();
	$seen      = array();
	$entries   = isset( $config['locations'] ) && is_array( $config['locations'] ) ? array_values( $config['locations'] ) : array();
	foreach ( array_slice( $entries, 0, 50 ) as $entry ) {
		if ( ! is_array( $entry ) || ! isset( $entry['id'] ) || ! is_string( $entry['id'] ) || '' === trim( $entry['id'] ) ) {
			continue;
		}
		$id = trim( $entry['id'] );
		if ( isset( $seen[ $id ] ) ) {
			continue;
		}
		$seen[ $id ] = true;
		$text        = static function ( $key ) use ( $entry ) {
			return isset( $entry[ $key ] ) && is_string( $entry[ $key ] ) ? trim( $entry[ $key ] ) : '';
		};
		$phone       = '' !== $text( 'phone' ) ? hip_widgets_parse_phone( $text( 'phone' ) ) : null;
		$email       = '' !== $text( 'email' ) ? hip_widgets_parse_email( $text( 'email' ) ) : '';
		$booking     = '' !== $text( 'bookingUrl' ) ? hip_widgets_booking_href( $text( 'bookingUrl' ) ) : '';
		$locations[] = array(
			'id'      => $id,
			'name'    => $text( 'name' ),
			'phone'   => is_array( $phone ) ? $phone : null,
			'email'   => is_string( $email ) ? $email : '',
			'booking' => is_string( $booking ) ? $booking : '',
		);
	}
	return $locations;
}

/**
 * What a call to action shows, decided as <appointment-cta> decides it: the
 * location its location attribute names, else the config's default location,
 * else the only one; with several and none chosen, a list to pick from. Each
 * of its own attributes overrides the location's value.
 *
 * @param array $attributes The element's attributes (already checked by the shortcode).
 * @return array name, booking, phone (parsed or null), email, picker (locations, or null).
 */
function hip_widgets_contact( array $attributes ) {
	$config    = hip_widgets_page_config();
	$locations = hip_widgets_render_locations( $config );
	$find      = static function ( $id ) use ( $locations ) {
		foreach ( $locations as $location ) {
			if ( '' !== $id && $location['id'] === $id ) {
				return $location;
			}
		}
		return null;
	};
	$attribute = static function ( $name ) use ( $attributes ) {
		return isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) ? trim( $attributes[ $name ] ) : '';
	};
	$location  = $find( $attribute( 'location' ) );
	if ( null === $location ) {
		$default  = isset( $config['defaultLocation'] ) && is_string( $config['defaultLocation'] ) ? trim( $config['defaultLocation'] ) : '';
		$location = $find( $default );
		if ( null === $location && 1 === count( $locations ) ) {
			$location = $locations[0];
		}
	}
	$picker = null === $location && count( $locations ) > 1 ? $locations : null;

	$own_phone = '' !== $attribute( 'phone' ) ? hip_widgets_parse_phone( $attribute( 'phone' ) ) : null;
	$own_email = '' !== $attribute( 'email' ) ? hip_widgets_parse_email( $attribute( 'email' ) ) : null;
	$own_book  = '' !== $attribute( 'booking-url' ) ? hip_widgets_booking_href( $attribute( 'booking-url' ) ) : '';
	$own_name  = $attribute( 'practice-name' );
	return array(
		// While the visitor has a location to pick, the name shown is only the element's own.
		'name'    => '' !== $own_name || $picker ? $own_name : ( $location ? $location['name'] : '' ),
		'booking' => '' !== $own_book ? $own_book : ( $location ? $location['booking'] : '' ),
		'phone'   => is_array( $own_phone ) ? $own_phone : ( $location ? $location['phone'] : null ),
		'email'   => is_string( $own_email ) ? $own_email : ( $location ? $location['email'] : '' ),
		'picker'  => $picker,
	);
}

/**
 * Whether a call to action has anything to offer: a list of locations to pick
 * from, or a link. Decided as <appointment-cta> decides it (offersContact() in
 * src/contact.ts); in the section, one with nothing to offer takes no room.
 *
 * @param array $contact From hip_widgets_contact().
 * @return bool
 */
function hip_widgets_cta_offers( array $contact ) {
	return null !== $contact['picker'] || '' !== $contact['booking'] || null !== $contact['phone'] || '' !== $contact['email'];
}

/**
 * The content of an <appointment-cta>.
 *
 * @param array $table   The language's fragments.
 * @param array $contact From hip_widgets_contact().
 * @return string
 */
function hip_widgets_cta_content( array $table, array $contact ) {
	$picking = null !== $contact['picker'];
	$name    = $contact['name'];
	$flags = ( '' !== $name ? 'n' : '' ) . ( $picking ? 'p' : '' ) . ( '' !== $contact['booking'] ? 'b' : '' ) . ( $contact['phone'] ? 't' : '' ) . ( '' !== $contact['email'] ? 'e' : '' );
	$key   = '' === $flags ? '-' : $flags;

	$options = '';
	if ( $picking ) {
		foreach ( $contact['picker'] as $location ) {
			$options .= hip_widgets_fill(
				$table,
				$table['cta-option'],
				array(
					'option-value' => hip_widgets_escape( $location['id'] ),
					'option-label' => hip_widgets_escape( '' !== $location['name'] ? $location['name'] : $location['id'] ),
				)
			);
		}
	}
	return hip_widgets_fill(
		$table,
		$table['cta'][ $key ],
		array(
			'name'          => hip_widgets_escape( $name ),
			'booking'       => esc_url( $contact['booking'] ),
			'phone-display' => $contact['phone'] ? hip_widgets_escape( $contact['phone']['display'] ) : '',
			'phone-href'    => $contact['phone'] ? esc_url( 'tel:' . $contact['phone']['e164'], array( 'tel' ) ) : '',
			'email-display' => hip_widgets_escape( $contact['email'] ),
			'email-href'    => '' !== $contact['email'] ? esc_url( hip_widgets_mailto_href( $contact['email'] ), array( 'mailto' ) ) : '',
			'options'       => $options,
		)
	);
}

/**
 * The content of a <hip-condition-card>.
 *
 * @param array  $table The language's fragments.
 * @param string $id    A condition id.
 * @param int    $level Heading level 2–6.
 * @param bool   $open  Whether the details start open.
 * @return string
 */
function hip_widgets_card_content( array $table, $id, $level, $open ) {
	return hip_widgets_fill( $table, $table['cards'][ $id ][ $level ], array( 'open' => $table['card-open'][ $open ? 'open' : 'closed' ] ) );
}

/**
 * The content of a <hip-complaints-section>.
 *
 * @param array    $table      The language's fragments.
 * @param array    $attributes The element's attributes (checked by the shortcode).
 * @param string[] $conditions The conditions shown, in order.
 * @param int      $level      The section's heading level.
 * @return string
 */
function hip_widgets_section_content( array $table, array $attributes, array $conditions, $level ) {
	$contact = hip_widgets_contact( $attributes );
	$offers  = hip_widgets_cta_offers( $contact );
	$cards   = '';
	$card    = min( $level + 2, 6 );
	foreach ( $conditions as $id ) {
		$cards .= hip_widgets_fill(
			$table,
			$table['section-cards'][ $level ],
			array(
				'condition' => hip_widgets_escape( $id ),
				'card'      => hip_widgets_card_content( $table, $id, $card, false ),
			)
		);
	}
	$values = array(
		'cards'      => $cards,
		'review'     => hip_widgets_review_content( $table, hip_widgets_review( hip_widgets_page_config() ) ),
		// The call to action always gets the section's attributes; with nothing to offer it hides itself, empty.
		'cta'        => $offers ? hip_widgets_cta_content( $table, $contact ) : hip_widgets_fill( $table, $table['cta-empty']['content'], array() ),
		'cta-hidden' => $offers ? '' : $table['cta-empty']['hidden'],
	);
	foreach ( array( 'location', 'booking-url', 'phone', 'email', 'practice-name' ) as $name ) {
		$values[ 'attribute:' . $name ] = isset( $attributes[ $name ] ) && '' !== $attributes[ $name ] ? ' ' . $name . '="' . hip_widgets_escape( $attributes[ $name ] ) . '"' : '';
	}
	return hip_widgets_fill( $table, $table['sections'][ $level ], $values );
}

/**
 * The page config's review record as the widgets read it (the "review" of
 * src/config.ts): the dates when they are real YYYY-MM-DD dates, the
 * reviewer as text, at most 10 sources with a title, each with its link as
 * the widgets write it ('' when it has none or the widgets would refuse it).
 * Whatever the widgets would leave out is left out, so a filter's hostile
 * config is pre-rendered as the widgets then render it. Shared test vectors:
 * test/vectors/review.json.
 *
 * @param array $config The page config (hip_widgets_page_config()).
 * @return array|null reviewed, next_review, reviewed_by ('' when not set), sources (title, url); null when nothing is usable.
 */
function hip_widgets_review( array $config ) {
	$review = isset( $config['review'] ) && is_array( $config['review'] ) ? $config['review'] : array();
	$text   = static function ( $array, $key ) {
		return isset( $array[ $key ] ) && is_string( $array[ $key ] ) ? hip_widgets_trim( $array[ $key ] ) : '';
	};
	$date   = static function ( $key ) use ( $review, $text ) {
		$parsed = '' !== $text( $review, $key ) ? hip_widgets_parse_date( $text( $review, $key ) ) : '';
		return is_string( $parsed ) ? $parsed : '';
	};
	$sources = array();
	$entries = isset( $review['sources'] ) && is_array( $review['sources'] ) && array_values( $review['sources'] ) === $review['sources'] ? $review['sources'] : array();
	foreach ( array_slice( $entries, 0, 10 ) as $entry ) {
		if ( ! is_array( $entry ) || '' === $text( $entry, 'title' ) ) {
			continue;
		}
		$sources[] = array(
			'title' => $text( $entry, 'title' ),
			'url'   => '' !== $text( $entry, 'url' ) ? hip_widgets_booking_href( $text( $entry, 'url' ) ) : '',
		);
	}
	$record = array(
		'reviewed'    => $date( 'reviewed' ),
		'next_review' => $date( 'nextReview' ),
		'reviewed_by' => $text( $review, 'reviewedBy' ),
		'sources'     => $sources,
	);
	return '' === $record['reviewed'] . $record['next_review'] . $record['reviewed_by'] && ! $sources ? null : $record;
}

/**
 * A YYYY-MM-DD date as the widgets write it in the language (src/format.ts
 * formatDate(): "12 maart 2026", "March 12, 2026"), from the fragments'
 * pattern and month names, which the build takes from the widgets.
 *
 * @param string $iso   A checked date.
 * @param array  $table The language's fragments.
 * @return string
 */
function hip_widgets_format_date( $iso, array $table ) {
	return strtr(
		$table['date']['pattern'],
		array(
			'{{hip:day}}'   => (string) (int) substr( $iso, 8, 2 ),
			'{{hip:month}}' => $table['date']['months'][ (int) substr( $iso, 5, 2 ) - 1 ],
			'{{hip:year}}'  => substr( $iso, 0, 4 ),
		)
	);
}

/**
 * The section's review footer (its last part), in the shape the record has:
 * which of the review date (r), reviewer (b), next review (n) and sources (s).
 *
 * @param array      $table  The language's fragments.
 * @param array|null $review From hip_widgets_review().
 * @return string
 */
function hip_widgets_review_content( array $table, $review ) {
	if ( null === $review ) {
		return $table['review']['-'];
	}
	$key     = ( '' !== $review['reviewed'] ? 'r' : '' ) . ( '' !== $review['reviewed_by'] ? 'b' : '' ) . ( '' !== $review['next_review'] ? 'n' : '' ) . ( $review['sources'] ? 's' : '' );
	$sources = '';
	foreach ( $review['sources'] as $source ) {
		$sources .= hip_widgets_fill(
			$table,
			$table['review-source'][ '' !== $source['url'] ? 'link' : 'text' ],
			array(
				'source-title' => hip_widgets_escape( $source['title'] ),
				'source-url'   => esc_url( $source['url'], array( 'http', 'https' ) ),
			)
		);
	}
	return hip_widgets_fill(
		$table,
		$table['review'][ $key ],
		array(
			'reviewed'    => '' !== $review['reviewed'] ? hip_widgets_escape( hip_widgets_format_date( $review['reviewed'], $table ) ) : '',
			'next-review' => '' !== $review['next_review'] ? hip_widgets_escape( hip_widgets_format_date( $review['next_review'], $table ) ) : '',
			'reviewed-by' => hip_widgets_escape( $review['reviewed_by'] ),
			'sources'     => $sources,
		)
	);
}

/**
 * The review record as schema.org has it on the page's MedicalWebPage, as
 * `npm run prerender` writes it (src/structured-data.ts):
 * lastReviewed, reviewedBy (a Person: the text before the first comma its
 * name, the rest its jobTitle), citation (a CreativeWork per source).
 *
 * @param array|null $review From hip_widgets_review().
 * @return array Only the keys that are set.
 */
function hip_widgets_review_structured_data( $review ) {
	$data = array();
	if ( null === $review ) {
		return $data;
	}
	if ( '' !== $review['reviewed'] ) {
		$data['lastReviewed'] = $review['reviewed'];
	}
	if ( '' !== $review['reviewed_by'] ) {
		$comma               = strpos( $review['reviewed_by'], ',' );
		$name                = false !== $comma ? hip_widgets_trim( substr( $review['reviewed_by'], 0, $comma ) ) : '';
		$role                = false !== $comma ? hip_widgets_trim( substr( $review['reviewed_by'], $comma + 1 ) ) : '';
		$data['reviewedBy']  = '' !== $name && '' !== $role
			? array(
				'@type'    => 'Person',
				'name'     => $name,
				'jobTitle' => $role,
			)
			: array(
				'@type' => 'Person',
				'name'  => $review['reviewed_by'],
			);
	}
	foreach ( $review['sources'] as $source ) {
		$data['citation'][] = array_merge(
			array(
				'@type' => 'CreativeWork',
				'name'  => $source['title'],
			),
			'' !== $source['url'] ? array( 'url' => $source['url'] ) : array()
		);
	}
	return $data;
}

/**
 * Math.round() of a number that is not negative: the nearest integer, .5 up,
 * without PHP round()'s pre-rounding (which rounds 0.49999999999999994 up).
 *
 * @param float $value A number ≥ 0.
 * @return float
 */
function hip_widgets_round_half_up( $value ) {
	$whole = floor( $value );
	return $value - $whole >= 0.5 ? $whole + 1 : $whole;
}

/**
 * A number as the widgets write it (src/format.ts): at most one decimal,
 * grouped, with the language's marks ("1.234,5"; "1,234.5"; "1 234,5").
 *
 * @param float  $value  The number.
 * @param string $locale One of hip_widgets_locales().
 * @return string
 */
function hip_widgets_format_number( $value, $locale ) {
	$marks   = array(
		'nl' => array( ',', '.' ),
		'en' => array( '.', ',' ),
		'de' => array( ',', '.' ),
		'fr' => array( ',', "\u{202f}" ),
	);
	$mark    = isset( $marks[ $locale ] ) ? $marks[ $locale ] : $marks['nl'];
	$sign    = $value < 0 ? '-' : '';
	$tenths  = hip_widgets_round_half_up( abs( $value ) * 10 );
	$integer = sprintf( '%.0f', floor( $tenths / 10 ) );
	$decimal = (int) fmod( $tenths, 10 );
	$grouped = preg_replace( '/\B(?=(\d{3})+$)/', $mark[1], $integer );
	return $sign . $grouped . ( 0 !== $decimal ? $mark[0] . $decimal : '' );
}

/**
 * A custom figure's number with its unit, as the widgets write it: "%" as a
 * percentage ("3,1 %"; "3.1%" in English), another unit after a no-break space.
 *
 * @param float  $value  The number.
 * @param string $unit   The unit, trimmed; '' for none.
 * @param string $locale One of hip_widgets_locales().
 * @return string
 */
function hip_widgets_format_with_unit( $value, $unit, $locale ) {
	$number = hip_widgets_format_number( $value, $locale );
	if ( '%' === $unit ) {
		return $number . ( 'en' === $locale ? '' : "\u{00a0}" ) . '%';
	}
	return '' !== $unit ? $number . "\u{00a0}" . $unit : $number;
}

/**
 * What a custom <stats-figure> (value, max, unit, label) shows, decided as
 * the element decides it: the template's key and the text of its holes
 * (not escaped). Shared test vectors: test/vectors/figures.json.
 *
 * @param array  $attributes value (a number), max, unit, label.
 * @param string $locale     One of hip_widgets_locales().
 * @return array{key: string, values: array<string, string>}
 */
function hip_widgets_custom_figure( array $attributes, $locale ) {
	$text  = static function ( $name ) use ( $attributes ) {
		return isset( $attributes[ $name ] ) && is_string( $attributes[ $name ] ) ? trim( $attributes[ $name ] ) : '';
	};
	$value = (float) $text( 'value' );
	$unit  = $text( 'unit' );
	$label = $text( 'label' );
	$max   = '' !== $text( 'max' ) && is_numeric( $text( 'max' ) ) ? (float) $text( 'max' ) : 0.0;
	$shown = $max > 0 || '%' === $unit;
	$scale = $max > 0 ? $max : ( '%' === $unit ? 100.0 : max( $value, 0.0 ) );
	// "42 %" says its own scale; another figure drawn against a scale says "van 48" too.
	$implied = '%' === $unit && 100.0 === $scale;
	$share   = $scale > 0 ? min( max( $value / $scale, 0.0 ), 1.0 ) : 0.0;
	$width   = rtrim( rtrim( sprintf( '%.2f', hip_widgets_round_half_up( $share * 10000 ) / 100 ), '0' ), '.' );
	return array(
		'key'    => 's' . ( $shown ? 1 : 0 ) . 'i' . ( $shown && $implied ? 1 : 0 ) . 'l' . ( '' !== $label ? 1 : 0 ),
		'values' => array(
			'value'     => hip_widgets_format_with_unit( $value, $unit, $locale ),
			'scale'     => hip_widgets_format_with_unit( $scale, $unit, $locale ),
			'zero'      => hip_widgets_format_with_unit( 0, $unit, $locale ),
			'bar-width' => $width . '%',
			'label'     => $label,
		),
	);
}

/**
 * The content of a custom <stats-figure>.
 *
 * @param array $table      The language's fragments.
 * @param array $attributes value, max, unit, label.
 * @return string
 */
function hip_widgets_custom_figure_content( array $table, array $attributes ) {
	$figure = hip_widgets_custom_figure( $attributes, $table['locale'] );
	return hip_widgets_fill( $table, $table['custom-figures'][ $figure['key'] ], array_map( 'hip_widgets_escape', $figure['values'] ) );
}

/**
 * An element with its content pre-rendered: the start tag with the given
 * attributes, the content for the page's language, the end tag. Without
 * fragments, the empty element (rendered by the bundle in the browser).
 *
 * @param string   $tag        Element name.
 * @param array    $attributes Attribute name => string, or true for one without value.
 * @param callable $content    Given the language's fragments, returns the content.
 * @return string
 */
function hip_widgets_prerendered_element( $tag, array $attributes, callable $content ) {
	$html  = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( is_string( $value ) && '' !== $value ) {
			$html .= ' ' . $name . '="' . hip_widgets_escape( $value ) . '"';
		}
	}
	$table = hip_widgets_fragments( hip_widgets_render_locale() );
	return $html . '>' . ( $table ? $content( $table ) : '' ) . '</' . $tag . '>';
}

/**
 * The conditions shown on this page, for its one JSON-LD block.
 *
 * @param string[]|null $ids Conditions to add; null to read.
 * @return string[]
 */
function hip_widgets_shown_conditions( $ids = null ) {
	static $shown = array();
	if ( is_array( $ids ) ) {
		$shown = array_values( array_unique( array_merge( $shown, $ids ) ) );
	}
	return $shown;
}

/**
 * The page's structured data: one schema.org MedicalWebPage about the
 * conditions its widgets show, in the widgets' language, with the page
 * config's review record (the same data `npm run prerender` writes), or null
 * when no condition is shown.
 *
 * @return array|null
 */
function hip_widgets_structured_data() {
	$ids   = hip_widgets_shown_conditions();
	$table = $ids ? hip_widgets_fragments( hip_widgets_render_locale() ) : null;
	if ( ! $table ) {
		return null;
	}
	// As scripts/prerender.mjs orders it: the page, its review record, what it is about.
	$data          = array_merge( $table['json-ld']['page'], hip_widgets_review_structured_data( hip_widgets_review( hip_widgets_page_config() ) ) );
	$data['about'] = array();
	foreach ( $ids as $id ) {
		$data['about'][] = $table['json-ld']['conditions'][ $id ];
	}
	return $data;
}

/**
 * Prints the JSON-LD block once, in the footer, after every widget of the page
 * was rendered.
 */
function hip_widgets_print_structured_data() {
	$data = hip_widgets_structured_data();
	if ( null === $data ) {
		return;
	}
	hip_widgets_print_inline_script( $data, array( 'type' => 'application/ld+json' ) );
}
add_action( 'wp_footer', 'hip_widgets_print_structured_data', 6 );
