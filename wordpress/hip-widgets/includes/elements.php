<?php
/**
 * What the bundle defines: the custom elements, their attributes, and the ids
 * they accept. Mirrors the widgets' own lists (src/content/types.ts,
 * src/content/statistics.ts, src/localization.ts); the plugin's test checks
 * that they still match.
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The six hip conditions, in the page's order.
 *
 * @return string[]
 */
function hip_widgets_condition_ids() {
	return array( 'fai', 'perthes', 'epiphysiolysis', 'hip-fracture', 'hip-osteoarthritis', 'hip-prosthesis' );
}

/**
 * The built-in statistics of <stats-figure stat="…">.
 *
 * @return string[]
 */
function hip_widgets_stat_ids() {
	return array(
		'physio-hip-share',
		'fai-prevalence-hip-pain',
		'fai-athlete-age',
		'fai-prevalence-no-complaints',
		'fai-labrum-deformity',
		'perthes-onset-age',
		'perthes-boys-girls',
		'epiphysiolysis-incidence',
		'epiphysiolysis-diagnosis-age',
		'epiphysiolysis-bilateral',
		'hip-fracture-new-cases-2007',
		'hip-fracture-incidence-by-sex',
		'hip-fracture-share-by-sex',
		'hip-fracture-age',
		'hip-fracture-recovery',
		'osteoarthritis-new-patients-2007',
		'osteoarthritis-incidence-by-sex',
		'osteoarthritis-peak-age',
		'osteoarthritis-referral',
	);
}

/**
 * The languages the widgets have. 'auto' (the settings' default) leaves the
 * choice to the page's <html lang>, which WordPress sets from the site language.
 *
 * @return string[]
 */
function hip_widgets_locales() {
	return array( 'nl', 'en', 'de', 'fr' );
}

/**
 * Each element the bundle defines, with the attributes it reads. This is what
 * post content may contain (see content.php: kses) and what the shortcodes write.
 *
 * @return array<string, string[]> Tag name => attribute names.
 */
function hip_widgets_elements() {
	$contact = array( 'location', 'booking-url', 'phone', 'email', 'practice-name' );
	return array(
		'hip-complaints-section' => array_merge( array( 'conditions', 'heading-level' ), $contact ),
		'hip-condition-card'     => array( 'condition', 'open', 'heading-level' ),
		'symptom-checklist'      => array(),
		'appointment-cta'        => $contact,
		'stats-figure'           => array( 'stat', 'value', 'max', 'unit', 'label' ),
	);
}

/**
 * Attributes any of the elements may carry besides its own: the page's usual
 * hooks for styling and language.
 *
 * @return string[]
 */
function hip_widgets_global_attributes() {
	return array( 'id', 'class', 'style', 'lang', 'dir', 'title', 'hidden', 'data-*' );
}
