<?php
/**
 * Checks for the values the practice types in (settings page) and authors put
 * in shortcodes. They follow the widgets' own rules (src/contact.ts), so what the
 * plugin accepts, the widgets accept too, and a mistake is caught where it is
 * made instead of in a visitor's browser console.
 *
 * Each parse function returns the usable value, or a WP_Error whose message
 * says what is wrong (in the settings errors it follows the field's name).
 * One function per kind of value; the contact values' links are written here
 * too (hip_widgets_booking_href(), hip_widgets_mailto_href()), as the widgets'
 * parsers give them, so the pre-rendered links are the widgets' own.
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Longest phone number text the widgets read. */
const HIP_WIDGETS_PHONE_MAX_LENGTH = 40;

/** Longest location id, name or practice name kept. */
const HIP_WIDGETS_TEXT_MAX_LENGTH = 100;

/** A practice has a handful of locations; the widgets read at most this many. */
const HIP_WIDGETS_MAX_LOCATIONS = 100;

/**
 * Cuts a text to a length in characters (not bytes).
 *
 * @param string $text   The text.
 * @param int    $length Maximum number of characters.
 * @return string
 */
function hip_widgets_truncate( $text, $length ) {
	if ( function_exists( 'mb_substr' ) ) {
		return mb_substr( $text, 0, $length, 'UTF-8' );
	}
	return substr( $text, 0, $length );
}

/**
 * Drops a leading scheme such as "tel:" or "mailto:", as the widgets do.
 *
 * @param string $text   The text, trimmed.
 * @param string $scheme The scheme with its colon, lower case.
 * @return string
 */
function hip_widgets_without_scheme( $text, $scheme ) {
	if ( strtolower( substr( $text, 0, strlen( $scheme ) ) ) === $scheme ) {
		return trim( substr( $text, strlen( $scheme ) ) );
	}
	return $text;
}

/**
 * Reads a phone number as a practice writes it: national ("020 123 4567",
 * Dutch unless it starts with + or 00) or international ("+31 20 123 4567",
 * "+32 2 123 45 67"). Dutch numbers must have ten digits (or be a 0800/090x
 * service number), as in the widgets.
 *
 * @param string $input The number as typed.
 * @return array{display: string, e164: string}|WP_Error
 */
function hip_widgets_parse_phone( $input ) {
	$display = hip_widgets_without_scheme( trim( (string) $input ), 'tel:' );
	if ( '' === $display ) {
		return new WP_Error( 'empty', __( 'is empty', 'hip-widgets' ) );
	}
	if ( strlen( $display ) > HIP_WIDGETS_PHONE_MAX_LENGTH ) {
		/* translators: %d: maximum number of characters. */
		return new WP_Error( 'phone', sprintf( __( 'is not a phone number: it is longer than %d characters', 'hip-widgets' ), HIP_WIDGETS_PHONE_MAX_LENGTH ) );
	}
	if ( preg_match( '/\p{L}/u', $display ) ) {
		return new WP_Error( 'phone', __( 'is not a phone number: it contains letters', 'hip-widgets' ) );
	}
	// Digits and what people put between them: spaces (also no-break and thin ones), hyphens and dashes, dots, slashes, parentheses.
	if ( ! preg_match( '/^\+?[0-9 \x{00a0}\x{2009}\x{202f}\-\x{2010}-\x{2013}.\/()]+$/u', $display ) ) {
		return new WP_Error( 'phone', __( 'is not a phone number: only digits, a leading +, spaces, hyphens, dots, slashes and parentheses are allowed', 'hip-widgets' ) );
	}

	$digits = preg_replace( '/\D/', '', $display );
	if ( '+' === $display[0] || 0 === strpos( $digits, '00' ) ) {
		// "+44 (0)20 …": the bracketed trunk 0 is not dialled from abroad.
		$without_trunk = preg_replace( '/\D/', '', preg_replace( '/\(\s*0\s*\)/', '', $display ) );
		$international = '+' === $display[0] ? $without_trunk : substr( $without_trunk, 2 );
	} elseif ( 0 === strpos( $digits, '0' ) ) {
		$international = '31' . substr( $digits, 1 );
	} else {
		return new WP_Error( 'phone', __( 'is not a full phone number: write it with the area code (020 …) or the country code (+31 …)', 'hip-widgets' ) );
	}

	if ( '' === $international || '0' === $international[0] ) {
		return new WP_Error( 'phone', __( 'is not a phone number: a country code never starts with 0', 'hip-widgets' ) );
	}
	if ( 0 === strpos( $international, '31' ) ) {
		$national    = substr( $international, 2 );
		$significant = ( '' !== $national && '0' === $national[0] ) ? substr( $national, 1 ) : $national;
		if ( 9 !== strlen( $significant ) && ! preg_match( '/^(800|90[069])\d{4,7}$/', $significant ) ) {
			return new WP_Error(
				'phone',
				/* translators: %d: number of digits written. */
				sprintf( __( 'is not a Dutch phone number: it has %d digits (counting the leading 0), a Dutch number has 10', 'hip-widgets' ), strlen( $significant ) + 1 )
			);
		}
		$international = '31' . $significant;
	} elseif ( strlen( $international ) < 7 ) {
		return new WP_Error( 'phone', __( 'is not a phone number: it has too few digits', 'hip-widgets' ) );
	} elseif ( strlen( $international ) > 15 ) {
		return new WP_Error( 'phone', __( 'is not a phone number: it has more than the 15 digits any number has', 'hip-widgets' ) );
	}

	return array(
		'display' => $display,
		'e164'    => '+' . $international,
	);
}

/**
 * Reads an e-mail address ("info@praktijk.nl" or "mailto:info@praktijk.nl"):
 * the HTML standard's valid e-mail address with a dot in the domain, as the
 * widgets read it.
 *
 * @param string $input The address as typed.
 * @return string|WP_Error The address.
 */
function hip_widgets_parse_email( $input ) {
	$address = hip_widgets_without_scheme( trim( (string) $input ), 'mailto:' );
	if ( '' === $address ) {
		return new WP_Error( 'empty', __( 'is empty', 'hip-widgets' ) );
	}
	$pattern = '/^[a-zA-Z0-9.!#$%&\'*+\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/';
	if ( strlen( $address ) > 254 || ! preg_match( $pattern, $address ) ) {
		return new WP_Error( 'email', __( 'is not an e-mail address (name@domain.nl)', 'hip-widgets' ) );
	}
	return $address;
}

/**
 * Reads the address of an online booking page: only absolute http(s) URLs
 * without a user name or password. Anything else (javascript:, data:, a
 * relative path) is refused.
 *
 * @param string $input The URL as typed.
 * @return string|WP_Error The URL, escaped for storage.
 */
function hip_widgets_parse_booking_url( $input ) {
	$text = trim( (string) $input );
	if ( '' === $text ) {
		return new WP_Error( 'empty', __( 'is empty', 'hip-widgets' ) );
	}
	if ( strlen( $text ) > 2000 || preg_match( '/[\x00-\x20\x7f]/', $text ) ) {
		return new WP_Error( 'url', __( 'is not a web address: it contains spaces or control characters', 'hip-widgets' ) );
	}
	$parts  = wp_parse_url( $text );
	$scheme = is_array( $parts ) && ! empty( $parts['scheme'] ) ? strtolower( $parts['scheme'] ) : '';
	if ( '' !== $scheme && 'https' !== $scheme && 'http' !== $scheme ) {
		/* translators: %s: the URL scheme, e.g. "javascript". */
		return new WP_Error( 'url', sprintf( __( 'uses "%s:", but only http: and https: links are allowed', 'hip-widgets' ), $scheme ) );
	}
	if ( '' === $scheme || empty( $parts['host'] ) ) {
		return new WP_Error( 'url', __( 'is not an absolute web address: write it in full, starting with https://', 'hip-widgets' ) );
	}
	if ( isset( $parts['user'] ) || isset( $parts['pass'] ) ) {
		return new WP_Error( 'url', __( 'contains a user name or password; a public link must not', 'hip-widgets' ) );
	}
	$url = esc_url_raw( $text, array( 'http', 'https' ) );
	if ( '' === $url ) {
		return new WP_Error( 'url', __( 'is not a usable web address', 'hip-widgets' ) );
	}
	return $url;
}

/**
 * A booking URL as the widgets write it in the link (the URL standard's
 * serialisation, as `new URL(text).href`), or '' when they would refuse it.
 * Covers what a practice types: the scheme and host in lower case, the
 * default port left out, "/" for an empty path, non-ASCII characters and
 * spaces percent-encoded. Shared test vectors: test/vectors/contact.json.
 *
 * @param string $text The URL as typed.
 * @return string
 */
function hip_widgets_booking_href( $text ) {
	$url = hip_widgets_parse_booking_url( $text );
	if ( is_wp_error( $url ) ) {
		return '';
	}
	$parts = wp_parse_url( trim( $text ) );
	if ( ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) || preg_match( '/[^\x21-\x7e]/', $parts['host'] ) ) {
		return '';
	}
	$scheme  = strtolower( $parts['scheme'] );
	$default = 'https' === $scheme ? 443 : 80;
	$port    = isset( $parts['port'] ) && (int) $parts['port'] !== $default ? ':' . (int) $parts['port'] : '';
	$encode  = static function ( $part, $also ) {
		return preg_replace_callback(
			'/[^\x21-\x7e]|[' . $also . ']/',
			static function ( $matches ) {
				return strtoupper( rawurlencode( $matches[0] ) );
			},
			$part
		);
	};
	$path     = isset( $parts['path'] ) && '' !== $parts['path'] ? $encode( $parts['path'], '"<>`{}' ) : '/';
	$query    = isset( $parts['query'] ) ? '?' . $encode( $parts['query'], '"<>\'' ) : '';
	$fragment = isset( $parts['fragment'] ) ? '#' . $encode( $parts['fragment'], '"<>`' ) : '';
	return $scheme . '://' . strtolower( $parts['host'] ) . $port . $path . $query . $fragment;
}

/**
 * A mailto: link as the widgets write it: % ? and # percent-encoded (RFC 6068).
 *
 * @param string $address A parsed address.
 * @return string
 */
function hip_widgets_mailto_href( $address ) {
	return 'mailto:' . strtr(
		$address,
		array(
			'%' => '%25',
			'?' => '%3F',
			'#' => '%23',
		)
	);
}

/**
 * Reads a date written YYYY-MM-DD (what <input type="date"> sends), as the
 * widgets read one: four digits of a year from 1000, a real day of the
 * calendar. No other form: 12-03-2026 is 12 March to a Dutch reader and
 * 3 December to an American one.
 *
 * @param string $input The date as typed.
 * @return string|WP_Error The date as written.
 */
function hip_widgets_parse_date( $input ) {
	$text = trim( (string) $input );
	if ( ! preg_match( '/^([1-9]\d{3})-(\d\d)-(\d\d)$/D', $text, $parts ) ) {
		return new WP_Error( 'date', __( 'is not a date written YYYY-MM-DD (like "2026-03-12")', 'hip-widgets' ) );
	}
	if ( ! checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] ) ) {
		return new WP_Error( 'date', __( 'is not a day of the calendar', 'hip-widgets' ) );
	}
	return $text;
}

/**
 * Trims white space as the widgets' String.prototype.trim() does: also the
 * no-break and other Unicode spaces, line and paragraph separators and the
 * byte-order mark, which PHP's trim() leaves.
 *
 * @param string $text The text.
 * @return string
 */
function hip_widgets_trim( $text ) {
	$space = '[\s\x{00a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}]';
	$trimmed = preg_replace( '/^' . $space . '+|' . $space . '+$/u', '', (string) $text );
	return is_string( $trimmed ) ? $trimmed : trim( (string) $text );
}

/**
 * Turns what the practice typed as a location id into one: lower case letters,
 * digits and hyphens ("Noord West" → "noord-west"), which is what authors
 * write in location="…".
 *
 * @param string $input The id as typed.
 * @return string The id; '' when nothing usable is left.
 */
function hip_widgets_sanitize_location_id( $input ) {
	$id = sanitize_title( hip_widgets_truncate( trim( (string) $input ), HIP_WIDGETS_TEXT_MAX_LENGTH ) );
	// sanitize_title() keeps %-encoded bytes of letters it cannot transliterate; they make a poor id.
	$id = preg_replace( '/%[0-9a-f]{2}/', '', $id );
	$id = trim( preg_replace( '/-+/', '-', preg_replace( '/[^a-z0-9-]/', '', $id ) ), '-' );
	return substr( $id, 0, 40 );
}

/**
 * Reads a heading level: 2 to 6.
 *
 * @param mixed $input The level as written.
 * @return int|null The level, or null when it is not one.
 */
function hip_widgets_parse_heading_level( $input ) {
	$text = trim( (string) $input );
	if ( ! preg_match( '/^[2-6]$/', $text ) ) {
		return null;
	}
	return (int) $text;
}

/**
 * Reads a list of condition ids ("fai, hip-fracture"), keeping the known ones
 * in the order given, each once.
 *
 * @param string $input Comma-separated ids.
 * @return string[]
 */
function hip_widgets_parse_conditions( $input ) {
	$known = hip_widgets_condition_ids();
	$ids   = array();
	foreach ( explode( ',', strtolower( (string) $input ) ) as $part ) {
		$id = trim( $part );
		if ( in_array( $id, $known, true ) && ! in_array( $id, $ids, true ) ) {
			$ids[] = $id;
		}
	}
	return $ids;
}

/**
 * Reads a number as written in a shortcode ("3.1", "3,1", "17900").
 *
 * @param mixed $input The number as written.
 * @return string|null The number with a dot as decimal separator, or null.
 */
function hip_widgets_parse_number( $input ) {
	$text = str_replace( ',', '.', trim( (string) $input ) );
	if ( ! preg_match( '/^-?\d{1,15}(\.\d{1,10})?$/', $text ) ) {
		return null;
	}
	return $text;
}

/**
 * Reads a yes/no shortcode attribute: "open", "1", "true", "yes", "on" mean
 * yes; "0", "false", "no", "off" and "" mean no.
 *
 * @param mixed $input The value as written.
 * @return bool
 */
function hip_widgets_parse_flag( $input ) {
	return in_array( strtolower( trim( (string) $input ) ), array( '1', 'true', 'yes', 'on', 'open' ), true );
}
