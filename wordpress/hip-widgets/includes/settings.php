<?php
/**
 * The plugin's one option (the practice's locations, the default location, the
 * widgets' language, the review record of the page's medical content and when
 * the bundle loads), its sanitizing, and the page config it becomes.
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** A review cites a few sources; the widgets show at most this many. */
const HIP_WIDGETS_MAX_SOURCES = 10;

/**
 * The settings as stored when nothing was saved yet.
 *
 * @return array{locations: array[], default_location: string, locale: string, load: string, review: array}
 */
function hip_widgets_default_settings() {
	return array(
		'locations'        => array(),
		'default_location' => '',
		'locale'           => 'auto',
		'load'             => 'auto',
		'review'           => hip_widgets_default_review(),
	);
}

/**
 * The review record as stored when none was saved: the dates (YYYY-MM-DD),
 * who reviewed ("M. de Vries, fysiotherapeut") and the sources (title, url).
 *
 * @return array{reviewed: string, next_review: string, reviewed_by: string, sources: array[]}
 */
function hip_widgets_default_review() {
	return array(
		'reviewed'    => '',
		'next_review' => '',
		'reviewed_by' => '',
		'sources'     => array(),
	);
}

/**
 * The stored settings, with every key present and of the right type.
 *
 * @return array{locations: array[], default_location: string, locale: string, load: string}
 */
function hip_widgets_get_settings() {
	$defaults = hip_widgets_default_settings();
	$stored   = get_option( HIP_WIDGETS_OPTION, array() );
	if ( ! is_array( $stored ) ) {
		return $defaults;
	}
	$settings = array_merge( $defaults, array_intersect_key( $stored, $defaults ) );
	if ( ! is_array( $settings['locations'] ) ) {
		$settings['locations'] = array();
	}
	foreach ( array( 'default_location', 'locale', 'load' ) as $key ) {
		$settings[ $key ] = is_string( $settings[ $key ] ) ? $settings[ $key ] : $defaults[ $key ];
	}
	$review = is_array( $settings['review'] ) ? $settings['review'] : array();
	foreach ( hip_widgets_default_review() as $key => $default ) {
		$review[ $key ] = isset( $review[ $key ] ) && gettype( $review[ $key ] ) === gettype( $default ) ? $review[ $key ] : $default;
	}
	$settings['review'] = array_intersect_key( $review, hip_widgets_default_review() );
	return $settings;
}

/**
 * Adds a message for the settings page, once per request (WordPress runs the
 * sanitize callback twice when the option is first created).
 *
 * @param string $code    Message code, part of its HTML id.
 * @param string $message The message, plain text (it is escaped here).
 * @param string $type    'error', 'warning', 'success' or 'info'.
 */
function hip_widgets_settings_message( $code, $message, $type = 'error' ) {
	static $added = array();
	$key = $code . "\n" . $message;
	if ( isset( $added[ $key ] ) || ! function_exists( 'add_settings_error' ) ) {
		return;
	}
	$added[ $key ] = true;
	// settings_errors() prints messages as HTML; these are text, and may quote what was typed.
	add_settings_error( HIP_WIDGETS_OPTION, 'hip-widgets-' . $code, esc_html( $message ), $type );
}

/**
 * Names a location in a message: its place in the list and, when it has one,
 * its id.
 *
 * @param int    $number Position in the list, from 1.
 * @param string $id     The location's id, or ''.
 * @return string
 */
function hip_widgets_location_label( $number, $id ) {
	if ( '' === $id ) {
		/* translators: %d: position of the location in the list. */
		return sprintf( __( 'Location %d', 'hip-widgets' ), $number );
	}
	/* translators: 1: position of the location in the list, 2: its id. */
	return sprintf( __( 'Location %1$d (“%2$s”)', 'hip-widgets' ), $number, $id );
}

/**
 * Sanitizes the settings on save: the sanitize callback of register_setting().
 *
 * Accepts the settings form's fields (a row per location, with a "remove"
 * checkbox; the default location as "row:N" from the radio buttons) and also
 * already-stored settings (update_option() from code, and WordPress's second
 * call when the option is created). Only the bad part is dropped: a bad phone,
 * e-mail or booking URL drops that field, a location without a name or with a
 * repeated id is left out; each is reported on the settings page.
 *
 * @param mixed $input The submitted value.
 * @return array The settings to store.
 */
function hip_widgets_sanitize_settings( $input ) {
	$defaults = hip_widgets_default_settings();
	if ( ! is_array( $input ) ) {
		return $defaults;
	}
	$clean = $defaults;

	// Locations, in the order given. Rows of the form are keyed by number; keep that order.
	$rows        = isset( $input['locations'] ) && is_array( $input['locations'] ) ? $input['locations'] : array();
	$row_ids     = array();
	$number      = 0;
	$too_many    = 0;
	$was_changed = false;
	foreach ( $rows as $row_key => $row ) {
		if ( ! is_array( $row ) ) {
			continue;
		}
		++$number;
		$fields = array();
		foreach ( array( 'id', 'name', 'phone', 'email', 'booking_url' ) as $field ) {
			$fields[ $field ] = isset( $row[ $field ] ) && is_scalar( $row[ $field ] ) ? trim( (string) $row[ $field ] ) : '';
		}
		if ( ! empty( $row['remove'] ) || '' === implode( '', $fields ) ) {
			continue;
		}
		if ( count( $clean['locations'] ) >= HIP_WIDGETS_MAX_LOCATIONS ) {
			++$too_many;
			continue;
		}

		$name = hip_widgets_truncate( sanitize_text_field( $fields['name'] ), HIP_WIDGETS_TEXT_MAX_LENGTH );
		$id   = hip_widgets_sanitize_location_id( '' !== $fields['id'] ? $fields['id'] : $name );
		if ( '' === $name ) {
			hip_widgets_settings_message(
				'location-' . $number . '-name',
				/* translators: %s: "Location 3" or "Location 3 ("noord")". */
				sprintf( __( '%s was not saved: it needs a name, which visitors see above the contact details.', 'hip-widgets' ), hip_widgets_location_label( $number, '' !== $fields['id'] ? $fields['id'] : $id ) )
			);
			continue;
		}
		if ( '' === $id ) {
			hip_widgets_settings_message(
				'location-' . $number . '-id',
				/* translators: %s: "Location 3" or "Location 3 ("noord")". */
				sprintf( __( '%s was not saved: it needs an id of letters, digits and hyphens (for example "noord"), which shortcodes and elements name in location="…".', 'hip-widgets' ), hip_widgets_location_label( $number, '' ) )
			);
			continue;
		}
		if ( '' !== $fields['id'] && $id !== $fields['id'] ) {
			hip_widgets_settings_message(
				'location-' . $number . '-id-changed',
				/* translators: 1: "Location 3", 2: the id as typed, 3: the id as saved. */
				sprintf( __( '%1$s: the id “%2$s” was saved as “%3$s” (ids are lower case letters, digits and hyphens).', 'hip-widgets' ), hip_widgets_location_label( $number, '' ), sanitize_text_field( $fields['id'] ), $id ),
				'info'
			);
			$was_changed = true;
		} elseif ( '' === $fields['id'] ) {
			hip_widgets_settings_message(
				'location-' . $number . '-id-made',
				/* translators: 1: "Location 3", 2: the id made from the name. */
				sprintf( __( '%1$s got the id “%2$s” from its name.', 'hip-widgets' ), hip_widgets_location_label( $number, '' ), $id ),
				'info'
			);
			$was_changed = true;
		}
		if ( in_array( $id, $row_ids, true ) ) {
			hip_widgets_settings_message(
				'location-' . $number . '-duplicate',
				/* translators: 1: "Location 3 ("noord")". */
				sprintf( __( '%s was not saved: another location above already has this id; each location needs its own.', 'hip-widgets' ), hip_widgets_location_label( $number, $id ) )
			);
			continue;
		}

		$location = array(
			'id'          => $id,
			'name'        => $name,
			'phone'       => '',
			'email'       => '',
			'booking_url' => '',
		);
		$checks   = array(
			'phone'       => array( 'hip_widgets_parse_phone', __( 'phone number', 'hip-widgets' ) ),
			'email'       => array( 'hip_widgets_parse_email', __( 'e-mail address', 'hip-widgets' ) ),
			'booking_url' => array( 'hip_widgets_parse_booking_url', __( 'booking URL', 'hip-widgets' ) ),
		);
		foreach ( $checks as $field => $check ) {
			if ( '' === $fields[ $field ] ) {
				continue;
			}
			$parsed = call_user_func( $check[0], $fields[ $field ] );
			if ( is_wp_error( $parsed ) ) {
				hip_widgets_settings_message(
					'location-' . $number . '-' . $field,
					sprintf(
						/* translators: 1: "Location 3 ("noord")", 2: what the field is ("phone number"), 3: the value as typed, 4: what is wrong with it. */
						__( '%1$s: the %2$s “%3$s” %4$s. It was not saved; the location was saved without it.', 'hip-widgets' ),
						hip_widgets_location_label( $number, $id ),
						$check[1],
						hip_widgets_truncate( sanitize_text_field( $fields[ $field ] ), HIP_WIDGETS_TEXT_MAX_LENGTH ),
						$parsed->get_error_message()
					)
				);
				continue;
			}
			$location[ $field ] = 'phone' === $field ? hip_widgets_truncate( sanitize_text_field( $parsed['display'] ), HIP_WIDGETS_PHONE_MAX_LENGTH ) : $parsed;
		}
		if ( '' === $location['phone'] && '' === $location['email'] && '' === $location['booking_url'] ) {
			hip_widgets_settings_message(
				'location-' . $number . '-contact',
				/* translators: %s: "Location 3 ("noord")". */
				sprintf( __( '%s has no phone number, e-mail address or booking URL, so its call to action shows no links.', 'hip-widgets' ), hip_widgets_location_label( $number, $id ) ),
				'warning'
			);
		}
		$row_ids[ (string) $row_key ] = $id;
		$clean['locations'][]         = $location;
	}
	if ( $too_many > 0 ) {
		hip_widgets_settings_message(
			'too-many',
			/* translators: 1: number of locations left out, 2: the maximum. */
			sprintf( __( '%1$d locations were not saved: the widgets read at most %2$d.', 'hip-widgets' ), $too_many, HIP_WIDGETS_MAX_LOCATIONS )
		);
	}

	// The default location: "row:N" from the form's radio buttons, or an id.
	$default = isset( $input['default_location'] ) && is_scalar( $input['default_location'] ) ? (string) $input['default_location'] : '';
	if ( 0 === strpos( $default, 'row:' ) ) {
		$row_key = substr( $default, 4 );
		$default = isset( $row_ids[ $row_key ] ) ? $row_ids[ $row_key ] : '';
		if ( '' === $default ) {
			hip_widgets_settings_message( 'default-location', __( 'The location chosen as default was not saved (see above), so there is no default location now.', 'hip-widgets' ) );
		}
	} elseif ( '' !== $default ) {
		$default = hip_widgets_sanitize_location_id( $default );
		if ( ! in_array( $default, $row_ids, true ) ) {
			/* translators: %s: a location id. */
			hip_widgets_settings_message( 'default-location', sprintf( __( 'The default location “%s” is not one of the locations, so there is no default location now.', 'hip-widgets' ), $default ) );
			$default = '';
		}
	}
	$clean['default_location'] = $default;

	$locale = isset( $input['locale'] ) && is_scalar( $input['locale'] ) ? strtolower( trim( (string) $input['locale'] ) ) : 'auto';
	if ( 'auto' !== $locale && ! in_array( $locale, hip_widgets_locales(), true ) ) {
		/* translators: %s: the language code given. */
		hip_widgets_settings_message( 'locale', sprintf( __( 'The widgets have no language “%s”; they follow the site language now.', 'hip-widgets' ), sanitize_text_field( $locale ) ) );
		$locale = 'auto';
	}
	$clean['locale'] = $locale;

	$load          = isset( $input['load'] ) && is_scalar( $input['load'] ) ? (string) $input['load'] : 'auto';
	$clean['load'] = 'always' === $load ? 'always' : 'auto';

	$clean['review'] = hip_widgets_sanitize_review( isset( $input['review'] ) && is_array( $input['review'] ) ? $input['review'] : array() );

	if ( $was_changed || ( function_exists( 'get_settings_errors' ) && count( get_settings_errors( HIP_WIDGETS_OPTION ) ) > 0 ) ) {
		// WordPress only says "Settings saved." when nothing else was said; say it here, next to the notes.
		hip_widgets_settings_message( 'saved', __( 'Settings saved, apart from what the messages here say.', 'hip-widgets' ), 'success' );
	}
	return $clean;
}

/**
 * Sanitizes the review record on save, by the widgets' rules: dates must be
 * real YYYY-MM-DD dates, the reviewer is text, each source needs a title and
 * may have an absolute http(s) link; at most HIP_WIDGETS_MAX_SOURCES sources.
 * A bad date or link is not saved (the source keeps its title), and the
 * settings page says why.
 *
 * @param array $input The form's review fields, or stored ones.
 * @return array{reviewed: string, next_review: string, reviewed_by: string, sources: array[]}
 */
function hip_widgets_sanitize_review( array $input ) {
	$clean = hip_widgets_default_review();
	$text  = static function ( $array, $key ) {
		return isset( $array[ $key ] ) && is_scalar( $array[ $key ] ) ? hip_widgets_trim( (string) $array[ $key ] ) : '';
	};
	$dates = array(
		/* translators: the field of the settings page, quoted in a message. */
		'reviewed'    => __( 'last review', 'hip-widgets' ),
		/* translators: the field of the settings page, quoted in a message. */
		'next_review' => __( 'next review', 'hip-widgets' ),
	);
	foreach ( $dates as $key => $label ) {
		if ( '' === $text( $input, $key ) ) {
			continue;
		}
		$date = hip_widgets_parse_date( $text( $input, $key ) );
		if ( is_wp_error( $date ) ) {
			hip_widgets_settings_message(
				'review-' . $key,
				/* translators: 1: "last review" or "next review", 2: the date as typed, 3: what is wrong with it. */
				sprintf( __( 'Review: the date of the %1$s “%2$s” %3$s. It was not saved.', 'hip-widgets' ), $label, hip_widgets_truncate( sanitize_text_field( $text( $input, $key ) ), HIP_WIDGETS_TEXT_MAX_LENGTH ), $date->get_error_message() )
			);
			continue;
		}
		$clean[ $key ] = $date;
	}
	$clean['reviewed_by'] = hip_widgets_truncate( sanitize_text_field( $text( $input, 'reviewed_by' ) ), HIP_WIDGETS_TEXT_MAX_LENGTH );

	$rows     = isset( $input['sources'] ) && is_array( $input['sources'] ) ? $input['sources'] : array();
	$number   = 0;
	$too_many = 0;
	foreach ( $rows as $row ) {
		if ( ! is_array( $row ) ) {
			continue;
		}
		++$number;
		$title = hip_widgets_truncate( sanitize_text_field( $text( $row, 'title' ) ), 2 * HIP_WIDGETS_TEXT_MAX_LENGTH );
		$url   = $text( $row, 'url' );
		if ( '' === $title && '' === $url ) {
			continue;
		}
		if ( '' === $title ) {
			/* translators: %d: position of the source in the list. */
			hip_widgets_settings_message( 'source-' . $number . '-title', sprintf( __( 'Source %d was not saved: it needs a title, which visitors see as the link.', 'hip-widgets' ), $number ) );
			continue;
		}
		if ( count( $clean['sources'] ) >= HIP_WIDGETS_MAX_SOURCES ) {
			++$too_many;
			continue;
		}
		$parsed = '' !== $url ? hip_widgets_parse_booking_url( $url ) : '';
		if ( is_wp_error( $parsed ) ) {
			hip_widgets_settings_message(
				'source-' . $number . '-url',
				/* translators: 1: position of the source in the list, 2: its title, 3: the URL as typed, 4: what is wrong with it. */
				sprintf( __( 'Source %1$d (“%2$s”): the URL “%3$s” %4$s. It was not saved; the source was saved without a link.', 'hip-widgets' ), $number, $title, hip_widgets_truncate( sanitize_text_field( $url ), HIP_WIDGETS_TEXT_MAX_LENGTH ), $parsed->get_error_message() )
			);
			$parsed = '';
		}
		$clean['sources'][] = array(
			'title' => $title,
			'url'   => $parsed,
		);
	}
	if ( $too_many > 0 ) {
		hip_widgets_settings_message(
			'too-many-sources',
			/* translators: 1: number of sources left out, 2: the maximum. */
			sprintf( __( '%1$d sources were not saved: the widgets show at most %2$d.', 'hip-widgets' ), $too_many, HIP_WIDGETS_MAX_SOURCES )
		);
	}
	return $clean;
}

/**
 * The stored review record as the page config's "review" (src/config.ts):
 * { reviewed?, nextReview?, reviewedBy?, sources?: [ { title, url? } ] }, or
 * an empty array when nothing is set.
 *
 * @param array $review The stored review (hip_widgets_get_settings()['review']).
 * @return array
 */
function hip_widgets_review_config( array $review ) {
	$config = array();
	$keys   = array(
		'reviewed'    => 'reviewed',
		'next_review' => 'nextReview',
		'reviewed_by' => 'reviewedBy',
	);
	foreach ( $keys as $key => $json_key ) {
		if ( isset( $review[ $key ] ) && is_string( $review[ $key ] ) && '' !== $review[ $key ] ) {
			$config[ $json_key ] = $review[ $key ];
		}
	}
	foreach ( isset( $review['sources'] ) && is_array( $review['sources'] ) ? $review['sources'] : array() as $source ) {
		if ( is_array( $source ) && ! empty( $source['title'] ) && is_string( $source['title'] ) ) {
			$config['sources'][] = array_merge( array( 'title' => $source['title'] ), ! empty( $source['url'] ) && is_string( $source['url'] ) ? array( 'url' => $source['url'] ) : array() );
		}
	}
	return $config;
}

/**
 * The page config for the widgets, as their <script data-hip-widgets-config>
 * reads it: { locale?, defaultLocation?, locations: [ { id, name, phone?,
 * email?, bookingUrl? } ], localesUrl?, review? }. The same for every visitor.
 *
 * @return array
 */
function hip_widgets_page_config() {
	$settings  = hip_widgets_get_settings();
	$config    = array();
	$locations = array();
	foreach ( $settings['locations'] as $location ) {
		if ( ! is_array( $location ) || empty( $location['id'] ) || empty( $location['name'] ) ) {
			continue;
		}
		$entry = array(
			'id'   => (string) $location['id'],
			'name' => (string) $location['name'],
		);
		$keys  = array(
			'phone'       => 'phone',
			'email'       => 'email',
			'booking_url' => 'bookingUrl',
		);
		foreach ( $keys as $key => $json_key ) {
			if ( ! empty( $location[ $key ] ) && is_string( $location[ $key ] ) ) {
				$entry[ $json_key ] = $location[ $key ];
			}
		}
		$locations[] = $entry;
	}
	if ( in_array( $settings['locale'], hip_widgets_locales(), true ) ) {
		$config['locale'] = $settings['locale'];
	}
	if ( '' !== $settings['default_location'] ) {
		$config['defaultLocation'] = $settings['default_location'];
	}
	if ( $locations ) {
		$config['locations'] = $locations;
	}
	$locales_url = hip_widgets_locales_url();
	if ( '' !== $locales_url ) {
		$config['localesUrl'] = $locales_url;
	}
	$review = hip_widgets_review_config( $settings['review'] );
	if ( $review ) {
		$config['review'] = $review;
	}

	/**
	 * Filters the page config written for the widgets.
	 *
	 * @param array $config   { locale?, defaultLocation?, locations?, localesUrl?, review? } as the widgets read it.
	 * @param array $settings The plugin's stored settings.
	 */
	$config = apply_filters( 'hip_widgets_page_config', $config, $settings );
	return is_array( $config ) ? $config : array();
}

/**
 * The page config as a <script type="application/json" data-hip-widgets-config>
 * element, through hip_widgets_inline_script_tag(): the JSON has <, >, &, '
 * and " written as \u escapes, so no value can close the script element or
 * open a comment ("</script>", "<!--"), whatever it contains.
 *
 * @return string The element, or '' when there is nothing to configure.
 */
function hip_widgets_page_config_script() {
	$config = hip_widgets_page_config();
	if ( ! $config ) {
		return '';
	}
	return hip_widgets_inline_script_tag(
		$config,
		array(
			'type'                    => 'application/json',
			'data-hip-widgets-config' => true,
		)
	);
}

/**
 * Registers the option, with its sanitizing, on init: so the settings form
 * (options.php) and update_option() from code are both sanitized.
 */
function hip_widgets_register_setting() {
	register_setting(
		'hip_widgets',
		HIP_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'description'       => __( 'Hip widgets: practice locations, default location, language, review record and loading.', 'hip-widgets' ),
			'sanitize_callback' => 'hip_widgets_sanitize_settings',
			'default'           => hip_widgets_default_settings(),
			'show_in_rest'      => false,
		)
	);
}
add_action( 'init', 'hip_widgets_register_setting' );
