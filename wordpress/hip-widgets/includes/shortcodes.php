<?php
/**
 * Shortcodes, one per element:
 *
 *   [hip_complaints_section conditions="fai,hip-fracture" heading_level="2" location="noord"
 *                           booking_url="https://…" phone="020 123 4567" email="…" practice_name="…"]
 *   [hip_condition_card condition="fai" open heading_level="3"]
 *   [hip_symptom_checklist]
 *   [hip_appointment_cta location="noord" booking_url="…" phone="…" email="…" practice_name="…"]
 *   [hip_stats_figure stat="fai-prevalence-hip-pain"]  or  [hip_stats_figure value="42" max="100" unit="%" label="…"]
 *
 * Every attribute is checked here: unknown condition and statistic ids are
 * left out, heading levels must be 2–6, the booking URL must be an absolute
 * http(s) URL, phone and e-mail must be one; whatever fails is left out (the
 * element then falls back to the practice's settings) and, for an element
 * that cannot be shown at all, an HTML comment says why. Each element is
 * written on one line, so wpautop (should it run after shortcodes) has no line
 * breaks inside it to turn into <br> or <p>.
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The plugin's shortcode tags and their callbacks.
 *
 * @return array<string, callable>
 */
function hip_widgets_shortcodes() {
	return array(
		'hip_complaints_section' => 'hip_widgets_shortcode_complaints_section',
		'hip_condition_card'     => 'hip_widgets_shortcode_condition_card',
		'hip_symptom_checklist'  => 'hip_widgets_shortcode_symptom_checklist',
		'hip_appointment_cta'    => 'hip_widgets_shortcode_appointment_cta',
		'hip_stats_figure'       => 'hip_widgets_shortcode_stats_figure',
	);
}

/**
 * The plugin's shortcode tags.
 *
 * @return string[]
 */
function hip_widgets_shortcode_tags() {
	return array_keys( hip_widgets_shortcodes() );
}

/**
 * Registers the shortcodes.
 */
function hip_widgets_register_shortcodes() {
	foreach ( hip_widgets_shortcodes() as $tag => $callback ) {
		add_shortcode( $tag, $callback );
	}
}
add_action( 'init', 'hip_widgets_register_shortcodes' );

/**
 * An HTML comment saying why an element was not written (visible in the page
 * source only). Anything that could end the comment is taken out.
 *
 * @param string $shortcode The shortcode.
 * @param string $reason    Plain text.
 * @return string
 */
function hip_widgets_comment( $shortcode, $reason ) {
	$text = preg_replace( '/-{2,}/', '-', str_replace( array( '<', '>' ), '', sanitize_text_field( $shortcode . ': ' . $reason ) ) );
	return '<!-- ' . $text . ' -->';
}

/**
 * Reads the shortcode attributes shared by the section and the call to action
 * (location, booking_url, phone, email, practice_name) into element attributes.
 *
 * @param array $atts Attributes after shortcode_atts().
 * @return array<string, string>
 */
function hip_widgets_contact_attributes( array $atts ) {
	$attributes = array();

	$location = hip_widgets_sanitize_location_id( $atts['location'] );
	if ( '' !== $location ) {
		$attributes['location'] = $location;
	}
	if ( '' !== trim( $atts['booking_url'] ) ) {
		// As the widgets will write it in the link (render.php), so the attribute and the link agree.
		$url = hip_widgets_booking_href( $atts['booking_url'] );
		if ( '' !== $url ) {
			$attributes['booking-url'] = $url;
		}
	}
	if ( '' !== trim( $atts['phone'] ) ) {
		$phone = hip_widgets_parse_phone( $atts['phone'] );
		if ( ! is_wp_error( $phone ) ) {
			$attributes['phone'] = $phone['display'];
		}
	}
	if ( '' !== trim( $atts['email'] ) ) {
		$email = hip_widgets_parse_email( $atts['email'] );
		if ( ! is_wp_error( $email ) ) {
			$attributes['email'] = $email;
		}
	}
	$name = hip_widgets_shortcode_text( $atts['practice_name'], HIP_WIDGETS_TEXT_MAX_LENGTH );
	if ( '' !== $name ) {
		$attributes['practice-name'] = $name;
	}
	return $attributes;
}

/**
 * A text attribute of a shortcode (a practice name, a label): tags taken out,
 * white space collapsed, and character references read as the characters they
 * stand for ("&quot;Heup&quot;" is "Heup" in quotes, as anywhere else in a
 * post's HTML), cut to a length. Escaped again where it is written.
 *
 * @param string $value  The attribute as written.
 * @param int    $length Maximum length in characters.
 * @return string
 */
function hip_widgets_shortcode_text( $value, $length ) {
	return hip_widgets_truncate( trim( html_entity_decode( sanitize_text_field( $value ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ), $length );
}

/**
 * The contact shortcode attributes and their defaults.
 *
 * @return array<string, string>
 */
function hip_widgets_contact_defaults() {
	return array(
		'location'      => '',
		'booking_url'   => '',
		'phone'         => '',
		'email'         => '',
		'practice_name' => '',
	);
}

/**
 * Shortcode attributes as strings: WordPress gives '' for an empty shortcode
 * and numeric keys for valueless attributes ([hip_condition_card open]).
 *
 * @param mixed $atts Raw attributes.
 * @return array
 */
function hip_widgets_normalize_atts( $atts ) {
	if ( ! is_array( $atts ) ) {
		return array();
	}
	$normalized = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A valueless attribute: [hip_condition_card open] gives array( 0 => 'open' ).
			$normalized[ strtolower( (string) $value ) ] = '1';
		} else {
			$normalized[ strtolower( (string) $key ) ] = is_scalar( $value ) ? (string) $value : '';
		}
	}
	return $normalized;
}

/**
 * [hip_complaints_section]: the whole hip complaints section.
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function hip_widgets_shortcode_complaints_section( $atts ) {
	$atts = shortcode_atts(
		array_merge(
			array(
				'conditions'    => '',
				'heading_level' => '',
			),
			hip_widgets_contact_defaults()
		),
		hip_widgets_normalize_atts( $atts ),
		'hip_complaints_section'
	);

	$attributes = array();
	$conditions = hip_widgets_parse_conditions( $atts['conditions'] );
	if ( $conditions ) {
		$attributes['conditions'] = implode( ',', $conditions );
	}
	$level = hip_widgets_parse_heading_level( $atts['heading_level'] );
	if ( null !== $level ) {
		$attributes['heading-level'] = (string) $level;
	}
	$attributes = array_merge( $attributes, hip_widgets_contact_attributes( $atts ) );

	$shown = $conditions ? $conditions : hip_widgets_condition_ids();
	hip_widgets_shown_conditions( $shown );
	hip_widgets_enqueue();
	return hip_widgets_prerendered_element(
		'hip-complaints-section',
		$attributes,
		static function ( $table ) use ( $attributes, $shown, $level ) {
			return hip_widgets_section_content( $table, $attributes, $shown, null === $level ? 2 : $level );
		}
	);
}

/**
 * [hip_condition_card condition="fai" open heading_level="3"]: one condition.
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function hip_widgets_shortcode_condition_card( $atts ) {
	$atts = shortcode_atts(
		array(
			'condition'     => '',
			'open'          => '',
			'heading_level' => '',
		),
		hip_widgets_normalize_atts( $atts ),
		'hip_condition_card'
	);

	$condition = strtolower( trim( $atts['condition'] ) );
	if ( ! in_array( $condition, hip_widgets_condition_ids(), true ) ) {
		return hip_widgets_comment(
			'hip_condition_card',
			sprintf( 'condition "%s" is not one of %s', $atts['condition'], implode( ', ', hip_widgets_condition_ids() ) )
		);
	}
	$attributes = array( 'condition' => $condition );
	if ( hip_widgets_parse_flag( $atts['open'] ) ) {
		$attributes['open'] = true;
	}
	$level = hip_widgets_parse_heading_level( $atts['heading_level'] );
	if ( null !== $level ) {
		$attributes['heading-level'] = (string) $level;
	}

	hip_widgets_shown_conditions( array( $condition ) );
	hip_widgets_enqueue();
	return hip_widgets_prerendered_element(
		'hip-condition-card',
		$attributes,
		static function ( $table ) use ( $condition, $level, $attributes ) {
			return hip_widgets_card_content( $table, $condition, null === $level ? 3 : $level, isset( $attributes['open'] ) );
		}
	);
}

/**
 * [hip_symptom_checklist]: the "Last van de heup?" self-check.
 *
 * @return string
 */
function hip_widgets_shortcode_symptom_checklist() {
	hip_widgets_enqueue();
	return hip_widgets_prerendered_element(
		'symptom-checklist',
		array(),
		static function ( $table ) {
			return hip_widgets_fill( $table, $table['checklist'], array() );
		}
	);
}

/**
 * [hip_appointment_cta location="noord"]: the call to action.
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function hip_widgets_shortcode_appointment_cta( $atts ) {
	$atts = shortcode_atts( hip_widgets_contact_defaults(), hip_widgets_normalize_atts( $atts ), 'hip_appointment_cta' );

	$attributes = hip_widgets_contact_attributes( $atts );
	hip_widgets_enqueue();
	return hip_widgets_prerendered_element(
		'appointment-cta',
		$attributes,
		static function ( $table ) use ( $attributes ) {
			return hip_widgets_cta_content( $table, hip_widgets_contact( $attributes ) );
		}
	);
}

/**
 * [hip_stats_figure stat="…"] (a built-in statistic) or
 * [hip_stats_figure value="42" max="100" unit="%" label="…"] (a custom one).
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function hip_widgets_shortcode_stats_figure( $atts ) {
	$atts = shortcode_atts(
		array(
			'stat'  => '',
			'value' => '',
			'max'   => '',
			'unit'  => '',
			'label' => '',
		),
		hip_widgets_normalize_atts( $atts ),
		'hip_stats_figure'
	);

	$stat = strtolower( trim( $atts['stat'] ) );
	if ( '' !== $stat ) {
		if ( ! in_array( $stat, hip_widgets_stat_ids(), true ) ) {
			return hip_widgets_comment( 'hip_stats_figure', sprintf( 'stat "%s" is not a built-in statistic', $atts['stat'] ) );
		}
		$attributes = array( 'stat' => $stat );
		$content    = static function ( $table ) use ( $stat ) {
			return hip_widgets_fill( $table, $table['figures'][ $stat ], array() );
		};
	} else {
		$value = hip_widgets_parse_number( $atts['value'] );
		if ( null === $value ) {
			return hip_widgets_comment( 'hip_stats_figure', sprintf( 'needs stat="…" or a number in value="…", not "%s"', $atts['value'] ) );
		}
		$attributes = array(
			'value' => $value,
			'max'   => (string) hip_widgets_parse_number( $atts['max'] ),
			'unit'  => hip_widgets_shortcode_text( $atts['unit'], 20 ),
			'label' => hip_widgets_shortcode_text( $atts['label'], 300 ),
		);
		$content = static function ( $table ) use ( $attributes ) {
			return hip_widgets_custom_figure_content( $table, $attributes );
		};
	}

	hip_widgets_enqueue();
	return hip_widgets_prerendered_element( 'stats-figure', $attributes, $content );
}
