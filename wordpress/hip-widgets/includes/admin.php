<?php
/**
 * Settings → Hip widgets: the practice's locations (a row each: id, name,
 * phone, e-mail, booking URL; one of them the default), the widgets' language,
 * the review record of the medical content (dates, reviewer, sources) and when
 * the widgets load. Saved through options.php into the one option, which
 * hip_widgets_sanitize_settings() checks; its messages appear at the top of
 * the page after saving. When the next review date has passed, the dashboard
 * and this page say so (never the public pages).
 *
 * Works without JavaScript: there is always one empty row to add a location,
 * and each row has a "Remove" box. With JavaScript, "Add a location" adds
 * further empty rows.
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The settings page's hook suffix (as admin_enqueue_scripts names the screen), once added.
 *
 * @param string|null $hook The page's hook suffix, to record it.
 * @return string '' before the page is added, or for a user who may not see it.
 */
function hip_widgets_settings_hook( $hook = null ) {
	static $settings_hook = '';
	if ( is_string( $hook ) ) {
		$settings_hook = $hook;
	}
	return $settings_hook;
}

/**
 * Adds the page under Settings.
 */
function hip_widgets_add_settings_page() {
	$hook = add_options_page(
		__( 'Hip widgets', 'hip-widgets' ),
		__( 'Hip widgets', 'hip-widgets' ),
		'manage_options',
		'hip-widgets',
		'hip_widgets_render_settings_page'
	);
	hip_widgets_settings_hook( is_string( $hook ) ? $hook : '' );
}
add_action( 'admin_menu', 'hip_widgets_add_settings_page' );

/**
 * The settings page's script and style, on admin_enqueue_scripts and only on that page.
 *
 * @param string $hook_suffix The admin screen being loaded.
 */
function hip_widgets_settings_assets( $hook_suffix ) {
	if ( '' === hip_widgets_settings_hook() || hip_widgets_settings_hook() !== $hook_suffix ) {
		return;
	}
	$version = HIP_WIDGETS_VERSION;
	wp_enqueue_script( 'hip-widgets-settings', plugins_url( 'admin/settings.js', HIP_WIDGETS_FILE ), array(), $version, true );
	wp_enqueue_style( 'hip-widgets-settings', plugins_url( 'admin/settings.css', HIP_WIDGETS_FILE ), array(), $version );
}
add_action( 'admin_enqueue_scripts', 'hip_widgets_settings_assets' );

/**
 * A "Settings" link next to "Deactivate" in the plugin list.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function hip_widgets_plugin_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=hip-widgets' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'hip-widgets' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( HIP_WIDGETS_FILE ), 'hip_widgets_plugin_action_links' );

/**
 * A text-like input of the settings form (text, tel, email, url, date), its
 * value escaped.
 *
 * @param string $type        The input's type.
 * @param string $id          Its id, which its label names.
 * @param string $name        Its form name.
 * @param mixed  $value       Its value; anything but a string is ''.
 * @param string $placeholder An example value, or ''.
 */
function hip_widgets_render_input( $type, $id, $name, $value, $placeholder = '' ) {
	?>
	<input
		type="<?php echo esc_attr( $type ); ?>"
		class="regular-text"
		id="<?php echo esc_attr( $id ); ?>"
		name="<?php echo esc_attr( $name ); ?>"
		value="<?php echo esc_attr( is_string( $value ) ? $value : '' ); ?>"
		<?php echo '' !== $placeholder ? 'placeholder="' . esc_attr( $placeholder ) . '"' : ''; ?>
		<?php echo 'email' === $type ? 'autocomplete="off"' : ''; ?>
	/>
	<?php
}

/**
 * One row of the locations table.
 *
 * @param string|int $index    The row's key in the form (a number, or "__INDEX__" in the template).
 * @param array      $location id, name, phone, email, booking_url.
 * @param bool       $is_default Whether this row is the default location.
 */
function hip_widgets_render_location_row( $index, array $location, $is_default ) {
	$base   = HIP_WIDGETS_OPTION . '[locations][' . $index . ']';
	$id     = 'hip-widgets-location-' . $index;
	$fields = array(
		'id'          => array( 'text', __( 'Id', 'hip-widgets' ), 'noord' ),
		'name'        => array( 'text', __( 'Name', 'hip-widgets' ), 'Fysiotherapie Noord' ),
		'phone'       => array( 'tel', __( 'Phone', 'hip-widgets' ), '020 123 4567' ),
		'email'       => array( 'email', __( 'E-mail', 'hip-widgets' ), 'noord@example.nl' ),
		'booking_url' => array( 'url', __( 'Booking URL', 'hip-widgets' ), 'https://example.nl/afspraak' ),
	);
	?>
	<tr class="hip-widgets-location">
		<td class="hip-widgets-default">
			<input type="radio" id="<?php echo esc_attr( $id . '-default' ); ?>" name="<?php echo esc_attr( HIP_WIDGETS_OPTION . '[default_location]' ); ?>" value="<?php echo esc_attr( 'row:' . $index ); ?>" <?php checked( $is_default ); ?> />
			<label class="screen-reader-text" for="<?php echo esc_attr( $id . '-default' ); ?>"><?php esc_html_e( 'Default location', 'hip-widgets' ); ?></label>
		</td>
		<?php foreach ( $fields as $field => $spec ) : ?>
			<td class="<?php echo esc_attr( 'hip-widgets-' . str_replace( '_', '-', $field ) ); ?>">
				<label class="screen-reader-text" for="<?php echo esc_attr( $id . '-' . $field ); ?>"><?php echo esc_html( $spec[1] ); ?></label>
				<?php hip_widgets_render_input( $spec[0], $id . '-' . $field, $base . '[' . $field . ']', isset( $location[ $field ] ) ? $location[ $field ] : '', $spec[2] ); ?>
			</td>
		<?php endforeach; ?>
		<td class="hip-widgets-remove">
			<input type="checkbox" id="<?php echo esc_attr( $id . '-remove' ); ?>" name="<?php echo esc_attr( $base . '[remove]' ); ?>" value="1" />
			<label for="<?php echo esc_attr( $id . '-remove' ); ?>"><?php esc_html_e( 'Remove', 'hip-widgets' ); ?></label>
		</td>
	</tr>
	<?php
}

/**
 * The review record's fields: the two dates (a date input sends YYYY-MM-DD),
 * who reviewed, and the sources, a row each (title, URL) with an empty row
 * to add one.
 *
 * @param array $review The stored review (hip_widgets_get_settings()['review']).
 */
function hip_widgets_render_review_fields( array $review ) {
	$base    = HIP_WIDGETS_OPTION . '[review]';
	$sources = array_values( array_filter( $review['sources'], 'is_array' ) );
	// An empty row to add a source, while there is room for one.
	if ( count( $sources ) < HIP_WIDGETS_MAX_SOURCES ) {
		$sources[] = array();
	}
	$fields    = array(
		'reviewed'    => array( 'date', __( 'Last reviewed on', 'hip-widgets' ), '' ),
		'reviewed_by' => array( 'text', __( 'Reviewed by', 'hip-widgets' ), 'M. de Vries, fysiotherapeut' ),
		'next_review' => array( 'date', __( 'Next review', 'hip-widgets' ), '' ),
	);
	?>
	<table class="form-table" role="presentation">
		<?php foreach ( $fields as $field => $spec ) : ?>
			<tr>
				<th scope="row"><label for="<?php echo esc_attr( 'hip-widgets-review-' . $field ); ?>"><?php echo esc_html( $spec[1] ); ?></label></th>
				<td><?php hip_widgets_render_input( $spec[0], 'hip-widgets-review-' . $field, $base . '[' . $field . ']', $review[ $field ], $spec[2] ); ?></td>
			</tr>
		<?php endforeach; ?>
	</table>
	<table class="widefat striped hip-widgets-sources">
		<caption class="hip-widgets-caption"><?php esc_html_e( 'Sources', 'hip-widgets' ); ?></caption>
		<thead>
			<tr>
				<th scope="col"><?php esc_html_e( 'Title', 'hip-widgets' ); ?></th>
				<th scope="col"><?php esc_html_e( 'URL', 'hip-widgets' ); ?></th>
			</tr>
		</thead>
		<tbody>
			<?php foreach ( $sources as $index => $source ) : ?>
				<tr class="hip-widgets-source">
					<?php foreach ( array( 'title' => array( 'text', __( 'Title', 'hip-widgets' ) ), 'url' => array( 'url', __( 'URL', 'hip-widgets' ) ) ) as $field => $spec ) : ?>
						<td>
							<label class="screen-reader-text" for="<?php echo esc_attr( 'hip-widgets-source-' . $index . '-' . $field ); ?>"><?php echo esc_html( $spec[1] ); ?></label>
							<?php hip_widgets_render_input( $spec[0], 'hip-widgets-source-' . $index . '-' . $field, $base . '[sources][' . $index . '][' . $field . ']', isset( $source[ $field ] ) ? $source[ $field ] : '' ); ?>
						</td>
					<?php endforeach; ?>
				</tr>
			<?php endforeach; ?>
		</tbody>
	</table>
	<p class="description">
		<?php
		/* translators: %d: the most sources the widgets show. */
		echo esc_html( sprintf( __( 'Shown at the end of the section ("Laatst beoordeeld op 12 maart 2026 door …", the next review, the sources as links) and in the page\'s structured data. Dates as YYYY-MM-DD; reviewer as name, then a comma and the role. A source needs a title; its URL, a full address starting with https://, is optional. Empty a row to remove it; save to get an empty row for the next (at most %d).', 'hip-widgets' ), HIP_WIDGETS_MAX_SOURCES ) );
		?>
	</p>
	<?php
}

/**
 * On the dashboard and this plugin's settings page, for those who may change
 * the settings: a notice when the next review date of the medical content has
 * passed (the site's own date), saying when it was due and where to set the
 * new dates. Nothing on the public pages, which go on showing the record.
 */
function hip_widgets_review_notice() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( ! $screen || ! in_array( $screen->id, array( 'dashboard', 'settings_page_hip-widgets' ), true ) || ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$review = hip_widgets_review( hip_widgets_page_config() );
	$next   = null !== $review ? $review['next_review'] : '';
	if ( '' === $next || $next >= current_time( 'Y-m-d' ) ) {
		return;
	}
	$day  = DateTimeImmutable::createFromFormat( '!Y-m-d', $next, wp_timezone() );
	$date = $day ? wp_date( (string) get_option( 'date_format' ), $day->getTimestamp() ) : $next;
	?>
	<div class="notice notice-warning hip-widgets-review-notice">
		<p>
			<?php
			/* translators: %s: the date the review was due, in the site's date format. */
			echo esc_html( sprintf( __( 'Hip widgets: the review of the hip-complaints content was due on %s. Check the content against its sources, then enter the new review dates.', 'hip-widgets' ), $date ) );
			?>
			<?php if ( 'dashboard' === $screen->id ) : ?>
				<a href="<?php echo esc_url( admin_url( 'options-general.php?page=hip-widgets#hip-widgets-review-heading' ) ); ?>"><?php esc_html_e( 'Settings → Hip widgets', 'hip-widgets' ); ?></a>
			<?php endif; ?>
		</p>
	</div>
	<?php
}
add_action( 'admin_notices', 'hip_widgets_review_notice' );

/**
 * The settings page.
 */
function hip_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings  = hip_widgets_get_settings();
	$locations = array_values( array_filter( $settings['locations'], 'is_array' ) );
	$empty     = array_fill_keys( array( 'id', 'name', 'phone', 'email', 'booking_url' ), '' );
	$columns   = array(
		__( 'Default', 'hip-widgets' ),
		__( 'Id', 'hip-widgets' ),
		__( 'Name', 'hip-widgets' ),
		__( 'Phone', 'hip-widgets' ),
		__( 'E-mail', 'hip-widgets' ),
		__( 'Booking URL', 'hip-widgets' ),
		__( 'Remove', 'hip-widgets' ),
	);
	$locales   = array(
		'auto' => __( 'The site’s language', 'hip-widgets' ),
		'nl'   => __( 'Dutch (Nederlands)', 'hip-widgets' ),
		'en'   => __( 'English', 'hip-widgets' ),
		'de'   => __( 'German (Deutsch)', 'hip-widgets' ),
		'fr'   => __( 'French (Français)', 'hip-widgets' ),
	);
	?>
	<div class="wrap hip-widgets-settings">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'hip_widgets' ); ?>

			<h2 id="hip-widgets-locations-heading"><?php esc_html_e( 'Practice locations', 'hip-widgets' ); ?></h2>
			<p class="description">
				<?php esc_html_e( 'The contact details the call to action shows. An element or shortcode shows the location it names (location="noord"), otherwise the default location; with several locations and no default, visitors choose one from a list.', 'hip-widgets' ); ?>
			</p>
			<table class="widefat striped hip-widgets-locations" aria-labelledby="hip-widgets-locations-heading">
				<thead>
					<tr>
						<?php foreach ( $columns as $column ) : ?>
							<th scope="col"><?php echo esc_html( $column ); ?></th>
						<?php endforeach; ?>
					</tr>
				</thead>
				<tbody>
					<?php
					foreach ( $locations as $index => $location ) {
						hip_widgets_render_location_row( $index, array_merge( $empty, $location ), isset( $location['id'] ) && $location['id'] === $settings['default_location'] );
					}
					hip_widgets_render_location_row( count( $locations ), $empty, false );
					?>
				</tbody>
			</table>
			<template id="hip-widgets-location-template">
				<?php hip_widgets_render_location_row( '__INDEX__', $empty, false ); ?>
			</template>
			<p class="hip-widgets-table-actions">
				<label>
					<input type="radio" name="<?php echo esc_attr( HIP_WIDGETS_OPTION . '[default_location]' ); ?>" value="" <?php checked( '', $settings['default_location'] ); ?> />
					<?php esc_html_e( 'No default location', 'hip-widgets' ); ?>
				</label>
				<button type="button" class="button hip-widgets-add-location" hidden><?php esc_html_e( 'Add a location', 'hip-widgets' ); ?></button>
			</p>
			<p class="description">
				<?php esc_html_e( 'Id: lower case letters, digits and hyphens, what location="…" names. Phone: as visitors should read it; Dutch unless it starts with + or 00. Booking URL: a full address starting with https://. Fill in the empty row to add a location.', 'hip-widgets' ); ?>
			</p>

			<h2><?php esc_html_e( 'Language', 'hip-widgets' ); ?></h2>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="hip-widgets-locale"><?php esc_html_e( 'Language of the widgets', 'hip-widgets' ); ?></label></th>
					<td>
						<select id="hip-widgets-locale" name="<?php echo esc_attr( HIP_WIDGETS_OPTION . '[locale]' ); ?>">
							<?php foreach ( $locales as $value => $label ) : ?>
								<option value="<?php echo esc_attr( $value ); ?>" <?php selected( $settings['locale'], $value ); ?>><?php echo esc_html( $label ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description"><?php esc_html_e( 'The site’s language is the page’s lang attribute, followed also when a translation plugin changes it; a language the widgets do not have shows Dutch. Languages other than Dutch are loaded only on pages that show them.', 'hip-widgets' ); ?></p>
					</td>
				</tr>
			</table>

			<h2 id="hip-widgets-review-heading"><?php esc_html_e( 'Review of the medical content', 'hip-widgets' ); ?></h2>
			<p class="description">
				<?php esc_html_e( 'When the content was last checked, by whom, when it will be checked again and against which sources, as the NHS and Thuisarts show it on their pages. Leave it empty to show nothing.', 'hip-widgets' ); ?>
			</p>
			<?php hip_widgets_render_review_fields( $settings['review'] ); ?>

			<h2><?php esc_html_e( 'Loading', 'hip-widgets' ); ?></h2>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Load the widgets', 'hip-widgets' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Load the widgets', 'hip-widgets' ); ?></legend>
							<label>
								<input type="radio" name="<?php echo esc_attr( HIP_WIDGETS_OPTION . '[load]' ); ?>" value="auto" <?php checked( 'always' !== $settings['load'] ); ?> />
								<?php esc_html_e( 'Only on pages that use them (a shortcode, or an element in a block, widget or post)', 'hip-widgets' ); ?>
							</label><br />
							<label>
								<input type="radio" name="<?php echo esc_attr( HIP_WIDGETS_OPTION . '[load]' ); ?>" value="always" <?php checked( 'always', $settings['load'] ); ?> />
								<?php esc_html_e( 'On every page (for elements in theme templates or page builders the plugin cannot see)', 'hip-widgets' ); ?>
							</label>
						</fieldset>
					</td>
				</tr>
			</table>

			<?php hip_widgets_render_datalayer_settings(); ?>

			<?php submit_button(); ?>
		</form>

		<h2><?php esc_html_e( 'Shortcodes', 'hip-widgets' ); ?></h2>
		<ul class="hip-widgets-usage">
			<li><code>[hip_complaints_section]</code> — <?php esc_html_e( 'the whole section; conditions="fai,hip-fracture", heading_level="2", location="noord", booking_url, phone, email, practice_name', 'hip-widgets' ); ?></li>
			<li><code>[hip_condition_card condition="fai" open]</code> — <?php echo esc_html( implode( ', ', hip_widgets_condition_ids() ) ); ?></li>
			<li><code>[hip_symptom_checklist]</code></li>
			<li><code>[hip_appointment_cta location="noord"]</code></li>
			<li><code>[hip_stats_figure stat="fai-prevalence-hip-pain"]</code></li>
		</ul>
		<p class="description"><?php esc_html_e( 'The elements themselves (<hip-complaints-section> and the others) can also be written in a Custom HTML block, by any author.', 'hip-widgets' ); ?></p>
	</div>
	<?php
}
