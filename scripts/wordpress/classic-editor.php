<?php
/**
 * A must-use plugin of the plugin test's own site (linked by
 * scripts/wordpress/test-wordpress.sh; not part of the plugin): the classic
 * editor for the posts marked _hipwp_classic_editor, as the Classic Editor
 * plugin gives it, through the use_block_editor_for_post filter. For
 * check-classic.mjs.
 *
 * @package HipWidgets
 */

add_filter(
	'use_block_editor_for_post',
	static function ( $use_block_editor, $post ) {
		return $post instanceof WP_Post && get_post_meta( $post->ID, '_hipwp_classic_editor', true ) ? false : $use_block_editor;
	},
	10,
	2
);
