<?php
/**
 * The plugin on a multisite network (subdirectories), in `php site.php
 * network-…` (included by site.php, WordPress loaded):
 *
 *   network-install    install WordPress and turn it into a network, as Tools → Network Setup does
 *                      (test-wordpress.sh then switches the run's wp-config to MULTISITE)
 *   network-setup      as the super admin: upload the plugin zip and network-activate it; a second
 *                      site, /zuid/, whose language is Dutch (nl_NL); each site's administrator (not
 *                      a super admin, so without unfiltered_html); a page with the section on each
 *                      site. Writes $HIPWP_WORK/network/network.json for check-network.mjs and
 *                      network/site.json, in site.json's shape, for check-block.mjs and
 *                      check-languages.mjs on /zuid/.
 *   network-uninstall  as the super admin: network-deactivate and delete the plugin; every site's
 *                      options are gone
 *
 * Network-activated, not activated site by site: a site administrator on a
 * network can neither install nor (by default) activate plugins, so a network
 * of practice sites gets the widgets from its super admin, for every site at
 * once; each site's settings are its own options all the same.
 *
 * @package HipWidgets
 */

// phpcs:disable WordPress.Files.FileName, WordPress.WP.GlobalVariablesOverride.Prohibited

$hipwp_network_work = hipwp_env( 'HIPWP_WORK' ) . '/network';
$hipwp_domain       = $_SERVER['HTTP_HOST']; // 127.0.0.1:port: a network's domain may have a port.
$hipwp_super_login  = 'netwerkbeheer';
$hipwp_password     = hipwp_env( 'HIPWP_PASSWORD' );

if ( 'network-install' === $hipwp_mode ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	if ( is_blog_installed() ) {
		hipwp_abort( 'network: the test database already has a WordPress' );
	}
	add_filter( 'pre_wp_mail', '__return_false' );
	$hipwp_result = wp_install( 'Fysiotherapie Centrum', $hipwp_super_login, 'netwerk@example.invalid', false, '', $hipwp_password );
	hipwp_check( ! empty( $hipwp_result['user_id'] ), 'network: WordPress ' . get_bloginfo( 'version' ) . ' installed', hipwp_show( $hipwp_result ) );
	// The network's tables and rows, as Tools → Network Setup (wp-admin/network.php) makes them.
	foreach ( $GLOBALS['wpdb']->tables( 'ms_global' ) as $hipwp_table => $hipwp_prefixed ) {
		$GLOBALS['wpdb']->$hipwp_table = $hipwp_prefixed;
	}
	install_network();
	$hipwp_populated = populate_network( 1, $hipwp_domain, 'netwerk@example.invalid', 'Fysiotherapie netwerk', '/', false );
	hipwp_check( true === $hipwp_populated, "network: a subdirectory network on $hipwp_domain", is_wp_error( $hipwp_populated ) ? $hipwp_populated->get_error_message() : hipwp_show( $hipwp_populated ) );
	exit( 0 );
}

if ( ! is_multisite() ) {
	hipwp_abort( 'network: WordPress is not a multisite (MULTISITE in the run\'s wp-config)' );
}
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$hipwp_super = get_user_by( 'login', $hipwp_super_login );
wp_set_current_user( $hipwp_super->ID );

if ( 'network-uninstall' === $hipwp_mode ) {
	require_once ABSPATH . 'wp-admin/includes/file.php';
	$hipwp_sites  = get_sites( array( 'fields' => 'ids' ) );
	$hipwp_stored = static function () use ( $hipwp_sites ) {
		$found = array();
		foreach ( $hipwp_sites as $site_id ) {
			$found[ $site_id ] = false !== get_blog_option( $site_id, 'hip_widgets_settings', false );
		}
		return $found;
	};
	hipwp_check( array( true, true ) === array_values( $hipwp_stored() ), 'network: before uninstalling, both sites have their settings', hipwp_show( $hipwp_stored() ) );
	deactivate_plugins( 'hip-widgets/hip-widgets.php', true, true );
	$hipwp_deleted = delete_plugins( array( 'hip-widgets/hip-widgets.php' ) );
	wp_cache_flush();
	hipwp_check( true === $hipwp_deleted && ! file_exists( WP_PLUGIN_DIR . '/hip-widgets' ), 'network: the super admin deletes the plugin', is_wp_error( $hipwp_deleted ) ? $hipwp_deleted->get_error_message() : hipwp_show( $hipwp_deleted ) );
	hipwp_check( array( false, false ) === array_values( $hipwp_stored() ), 'network: uninstall.php deletes the settings of every site', hipwp_show( $hipwp_stored() ) );
	exit( 0 );
}

/*
 * network-setup.
 */
hipwp_check( is_super_admin( $hipwp_super->ID ), 'network: the installing user is the super admin' );
hipwp_install_plugin( 'network: ' );
$hipwp_activated = activate_plugin( 'hip-widgets/hip-widgets.php', '', true, false );
hipwp_check(
	null === $hipwp_activated && is_plugin_active_for_network( 'hip-widgets/hip-widgets.php' ),
	'network: the super admin network-activates the plugin',
	is_wp_error( $hipwp_activated ) ? $hipwp_activated->get_error_message() : ''
);

// The second site, a practice that works in Dutch. WordPress cleans a new site's domain as a user
// name (sanitize_user(), strict), which takes the port out of 127.0.0.1:port: for the creation only,
// the network's own domain is let through as it is (a network on port 80 or 443 has no port to lose).
$hipwp_keep_port = static function ( $clean, $raw ) use ( $hipwp_domain ) {
	return $raw === $hipwp_domain ? $raw : $clean;
};
add_filter( 'sanitize_user', $hipwp_keep_port, 10, 2 );
$hipwp_zuid = wpmu_create_blog( $hipwp_domain, '/zuid/', 'Fysiotherapie Zuid', $hipwp_super->ID, array( 'public' => 1 ) );
remove_filter( 'sanitize_user', $hipwp_keep_port, 10 );
if ( is_wp_error( $hipwp_zuid ) ) {
	hipwp_abort( 'network: creating the site /zuid/: ' . $hipwp_zuid->get_error_message() );
}
hipwp_check( $hipwp_domain === get_site( $hipwp_zuid )->domain && 'http://' . $hipwp_domain . '/zuid/' === get_home_url( $hipwp_zuid, '/' ), 'network: the site /zuid/ is created on the network\'s domain', hipwp_show( get_site( $hipwp_zuid ) ) );
// Its language, Dutch. WordPress's option check (sanitize_option()) takes only languages whose core
// files are installed, and there are none for nl_NL on this machine: the option is written as a site
// with the core files would hold it. The plugin's own strings come from its languages/ folder anyway.
$GLOBALS['wpdb']->update( $GLOBALS['wpdb']->get_blog_prefix( $hipwp_zuid ) . 'options', array( 'option_value' => 'nl_NL' ), array( 'option_name' => 'WPLANG' ) );
wp_cache_flush();
$hipwp_sites = array(
	1           => array(
		'path'  => '/',
		'admin' => 'beheerder-centrum',
	),
	$hipwp_zuid => array(
		'path'  => '/zuid/',
		'admin' => 'beheerder-zuid',
	),
);

/**
 * A user of the network with no role anywhere yet (as Network Admin → Users → Add New makes one).
 *
 * @param string $login    User name.
 * @param string $password Password.
 * @return int
 */
function hipwp_network_user( $login, $password ) {
	$id = wpmu_create_user( $login, $password, $login . '@example.invalid' );
	if ( ! $id ) {
		hipwp_abort( "network: creating the user $login" );
	}
	return (int) $id;
}

/**
 * Lets a user start the block editor of a site without its welcome guide.
 *
 * @param int $user_id User.
 * @param int $site_id Site.
 */
function hipwp_skip_welcome_guide( $user_id, $site_id ) {
	update_user_meta(
		$user_id,
		$GLOBALS['wpdb']->get_blog_prefix( $site_id ) . 'persisted_preferences',
		array(
			'core/edit-post' => array( 'welcomeGuide' => false ),
			'_modified'      => gmdate( 'c' ),
		)
	);
}

$hipwp_json = array(
	'wordpress'     => get_bloginfo( 'version' ),
	'scriptModules' => function_exists( 'wp_enqueue_script_module' ),
	'sites'         => array(),
);
foreach ( $hipwp_sites as $hipwp_site_id => $hipwp_site ) {
	$hipwp_admin = hipwp_network_user( $hipwp_site['admin'], $hipwp_password );
	add_user_to_blog( $hipwp_site_id, $hipwp_admin, 'administrator' );
	hipwp_skip_welcome_guide( $hipwp_admin, $hipwp_site_id );
	switch_to_blog( $hipwp_site_id );
	// Plain links (?page_id=…), and the rewrite object re-read for this site (switch_to_blog() leaves it as it was).
	$GLOBALS['wp_rewrite']->set_permalink_structure( '' );
	update_option( 'show_avatars', 0 ); // Avatars come from gravatar.com; no requests to other hosts.
	$hipwp_page = wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_title'   => 'Heupklachten',
			'post_content' => "Heeft u last van uw heup?\n\n[hip_complaints_section]",
		),
		true
	);
	if ( is_wp_error( $hipwp_page ) ) {
		hipwp_abort( 'network: creating the page on ' . $hipwp_site['path'] . ': ' . $hipwp_page->get_error_message() );
	}
	hipwp_check(
		! is_super_admin( $hipwp_admin ) && user_can( $hipwp_admin, 'manage_options' ) && ! user_can( $hipwp_admin, 'unfiltered_html' ) && ! user_can( $hipwp_admin, 'activate_plugins' ),
		'network ' . $hipwp_site['path'] . ': ' . $hipwp_site['admin'] . ' is the site\'s administrator: manages its options, is no super admin, has no unfiltered_html, may not activate plugins'
	);
	hipwp_check( false === get_option( HIP_WIDGETS_OPTION, false ), 'network ' . $hipwp_site['path'] . ': no settings saved yet (the site\'s administrator saves them)' );
	$hipwp_json['sites'][] = array(
		'id'       => $hipwp_site_id,
		'path'     => $hipwp_site['path'],
		'url'      => home_url( '/' ),
		'language' => get_option( 'WPLANG' ) ? get_option( 'WPLANG' ) : 'en_US',
		'admin'    => array(
			'user'     => $hipwp_site['admin'],
			'password' => $hipwp_password,
		),
		'settings' => admin_url( 'options-general.php?page=hip-widgets' ),
		'page'     => get_permalink( $hipwp_page ),
	);
	restore_current_blog();
}
hipwp_check( 'nl_NL' === $hipwp_json['sites'][1]['language'] && 'en_US' === $hipwp_json['sites'][0]['language'], 'network: the site /zuid/ speaks Dutch (nl_NL), the main site English', hipwp_show( wp_list_pluck( $hipwp_json['sites'], 'language' ) ) );
hipwp_check( ! user_can( get_user_by( 'login', 'beheerder-zuid' ), 'manage_options' ), 'network: the administrator of /zuid/ has no rights on the main site' );

// Two more users of /zuid/: for the block editor in English (check-block.mjs reads the editor's
// English labels), and one who sees the site's language, Dutch (check-languages.mjs).
$hipwp_zuid_url = $hipwp_json['sites'][1]['url'];
$hipwp_editor   = hipwp_network_user( 'redacteur-zuid', $hipwp_password );
add_user_to_blog( $hipwp_zuid, $hipwp_editor, 'administrator' );
update_user_meta( $hipwp_editor, 'locale', 'en_US' );
hipwp_skip_welcome_guide( $hipwp_editor, $hipwp_zuid );
$hipwp_dutch = hipwp_network_user( 'praktijk-zuid', $hipwp_password );
add_user_to_blog( $hipwp_zuid, $hipwp_dutch, 'administrator' );
hipwp_skip_welcome_guide( $hipwp_dutch, $hipwp_zuid );
hipwp_check( ! is_super_admin( $hipwp_editor ) && ! user_can( $hipwp_editor, 'unfiltered_html' ) && '' === get_user_meta( $hipwp_dutch, 'locale', true ), 'network /zuid/: two more administrators, one editing in English, one in the site\'s Dutch' );

if ( ! wp_mkdir_p( $hipwp_network_work ) ) {
	hipwp_abort( "network: cannot write to $hipwp_network_work" );
}
file_put_contents( $hipwp_network_work . '/network.json', wp_json_encode( $hipwp_json, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) );
// For check-block.mjs and check-languages.mjs: /zuid/ in site.json's shape; its administrator picks location "oost".
file_put_contents(
	$hipwp_network_work . '/site.json',
	wp_json_encode(
		array(
			'url'       => $hipwp_zuid_url,
			'wordpress' => $hipwp_json['wordpress'],
			'editor'    => array(
				'user'     => 'redacteur-zuid',
				'password' => $hipwp_password,
				'role'     => 'a site administrator of the network (no unfiltered_html)',
			),
			'dutch'     => array(
				'user'     => 'praktijk-zuid',
				'password' => $hipwp_password,
			),
			'settings'  => $hipwp_json['sites'][1]['settings'],
			'block'     => array(
				'location' => 'oost',
				'tel'      => 'tel:+31303456789',
				'mail'     => 'mailto:oost@example.nl',
				'otherTel' => 'tel:+31302345678',
			),
		),
		JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES
	)
);
