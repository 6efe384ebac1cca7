<?php
/**
 * Conversions, without health data: an opt-in setting (Settings → Hip widgets,
 * "Conversions") that puts `"dataLayer": true` in the page config, so that a
 * click on the call to action's booking, phone or e-mail link also pushes
 * {event: 'hip_appointment_click', channel, location} to window.dataLayer, for
 * the site's Google Tag Manager or Google Analytics 4. Never what a visitor
 * ticked: the widgets push the channel and the location's id, nothing else.
 * Off by default.
 *
 * The setting is an option of its own (hip_widgets_datalayer, saved by the
 * same settings form): it is a yes or no that a site owner decides apart from
 * the practice's details, and it leaves the main option's sanitizing alone.
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The option: whether appointment clicks are pushed to window.dataLayer. */
const HIP_WIDGETS_DATALAYER_OPTION = 'hip_widgets_datalayer';

/**
 * Sanitizes the setting: on only for the checkbox's "1" (or true from code);
 * anything else, an absent checkbox included, is off.
 *
 * @param mixed $input The submitted value.
 * @return bool
 */
function hip_widgets_sanitize_datalayer( $input ) {
	return true === $input || 1 === $input || '1' === $input;
}

/**
 * Whether the site pushes appointment clicks to window.dataLayer. What is
 * stored is read as strictly as what is submitted.
 *
 * @return bool
 */
function hip_widgets_datalayer_enabled() {
	return hip_widgets_sanitize_datalayer( get_option( HIP_WIDGETS_DATALAYER_OPTION, false ) );
}

/**
 * Registers the option in the settings form's group, on init (so
 * update_option() from code is sanitized too).
 */
function hip_widgets_register_datalayer_setting() {
	register_setting(
		'hip_widgets',
		HIP_WIDGETS_DATALAYER_OPTION,
		array(
			'type'              => 'boolean',
			'description'       => __( 'Hip widgets: push appointment clicks to window.dataLayer (Google Tag Manager).', 'hip-widgets' ),
			'sanitize_callback' => 'hip_widgets_sanitize_datalayer',
			'default'           => false,
			'show_in_rest'      => false,
		)
	);
}
add_action( 'init', 'hip_widgets_register_datalayer_setting' );

/**
 * The hip_widgets_page_config filter (early, so a site's own filter still has
 * the last word): "dataLayer": true when the setting is on; nothing otherwise.
 *
 * @param mixed $config The page config.
 * @return mixed
 */
function hip_widgets_datalayer_page_config( $config ) {
	if ( is_array( $config ) && hip_widgets_datalayer_enabled() ) {
		$config['dataLayer'] = true;
	}
	return $config;
}
add_filter( 'hip_widgets_page_config', 'hip_widgets_datalayer_page_config', 9 );

/**
 * The settings page's "Conversions" section (inside its form, before the
 * Save button).
 */
function hip_widgets_render_datalayer_settings() {
	?>
	<h2><?php esc_html_e( 'Conversions', 'hip-widgets' ); ?></h2>
	<table class="form-table" role="presentation">
		<tr>
			<th scope="row"><?php esc_html_e( 'Google Tag Manager', 'hip-widgets' ); ?></th>
			<td>
				<label for="hip-widgets-datalayer">
					<input type="checkbox" id="hip-widgets-datalayer" name="<?php echo esc_attr( HIP_WIDGETS_DATALAYER_OPTION ); ?>" value="1" aria-describedby="hip-widgets-datalayer-description" <?php checked( hip_widgets_datalayer_enabled() ); ?> />
					<?php esc_html_e( 'Push appointment clicks to window.dataLayer', 'hip-widgets' ); ?>
				</label>
				<p class="description" id="hip-widgets-datalayer-description">
					<?php
					/* translators: 1: the event pushed, as code; 2: the window.dataLayer array, as code. */
					echo wp_kses( sprintf( __( 'When a visitor follows the booking, phone or e-mail link, the widgets push %1$s to %2$s, for this site’s Google Tag Manager or Google Analytics 4: the channel (booking, phone or email) and the location’s id, nothing else. Never what a visitor ticked in the self-check. The widgets send and store nothing themselves; whether your tags may run is up to your tag manager and cookie consent.', 'hip-widgets' ), '<code>{event: \'hip_appointment_click\', channel, location}</code>', '<code>window.dataLayer</code>' ), array( 'code' => array() ) );
					?>
				</p>
			</td>
		</tr>
	</table>
	<?php
}
