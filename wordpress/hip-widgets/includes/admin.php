<?php
/**
 * Settings → Hip widgets: the practice's locations (a row each: id, name,
 * phone, e-mail, booking URL; one of them the default), the widgets' language
 * and when they load. Saved through options.php into the one option, which
 * hip_widgets_sanitize_settings() checks; its messages appear at the top of
 * the page after saving.
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
				<input
					type="<?php echo esc_attr( $spec[0] ); ?>"
					class="regular-text"
					id="<?php echo esc_attr( $id . '-' . $field ); ?>"
					name="<?php echo esc_attr( $base . '[' . $field . ']' ); ?>"
					value="<?php echo esc_attr( isset( $location[ $field ] ) ? $location[ $field ] : '' ); ?>"
					placeholder="<?php echo esc_attr( $spec[2] ); ?>"
					<?php echo 'email' === $field ? 'autocomplete="off"' : ''; ?>
				/>
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
