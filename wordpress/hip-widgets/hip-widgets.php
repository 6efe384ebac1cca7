<?php
/**
 * Plugin Name:       Hip widgets
 * Description:       The practice's "Heupklachten" (hip complaints) page as web components: the whole section, condition cards, the symptom self-check, the call to action and statistics, as a block (Heupklachten), as shortcodes or as markup in a Custom HTML block. The practice's locations are set once under Settings → Hip widgets.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            hip-widgets
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       hip-widgets
 * Domain Path:       /languages
 *
 * @package HipWidgets
 */

/*
 * This program is free software; you can redistribute it and/or modify it under
 * the terms of the GNU General Public License as published by the Free Software
 * Foundation; either version 2 of the License, or (at your option) any later
 * version.
 *
 * This program is distributed in the hope that it will be useful, but WITHOUT
 * ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS
 * FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'HIP_WIDGETS_VERSION', '0.1.0' );
define( 'HIP_WIDGETS_FILE', __FILE__ );
define( 'HIP_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'HIP_WIDGETS_OPTION', 'hip_widgets_settings' );

require_once HIP_WIDGETS_DIR . 'includes/languages.php';
require_once HIP_WIDGETS_DIR . 'includes/elements.php';
require_once HIP_WIDGETS_DIR . 'includes/validate.php';
require_once HIP_WIDGETS_DIR . 'includes/settings.php';
require_once HIP_WIDGETS_DIR . 'includes/assets.php';
require_once HIP_WIDGETS_DIR . 'includes/render.php';
require_once HIP_WIDGETS_DIR . 'includes/optimizers.php';
require_once HIP_WIDGETS_DIR . 'includes/shortcodes.php';
require_once HIP_WIDGETS_DIR . 'includes/block.php';
require_once HIP_WIDGETS_DIR . 'includes/content.php';
require_once HIP_WIDGETS_DIR . 'includes/conversions.php';

if ( is_admin() ) {
	require_once HIP_WIDGETS_DIR . 'includes/admin.php';
}
