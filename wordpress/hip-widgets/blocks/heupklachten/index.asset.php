<?php
/**
 * The editor script's dependencies (WordPress's script handles of the wp.*
 * globals it uses) and version, read by register_block_type() as the asset
 * file of block.json's "editorScript".
 *
 * @package HipWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

return array(
	'dependencies' => array( 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-data', 'wp-element', 'wp-i18n' ),
	'version'      => HIP_WIDGETS_VERSION . '.' . (string) filemtime( __DIR__ . '/index.js' ),
);
