/**
 * Settings → Hip widgets: "Add a location" adds an empty row (the page always
 * has one; this is for adding several at once), and a row marked "Remove" is
 * shown struck through until the settings are saved.
 */
/* global document */
(function () {
	'use strict';
	var table = document.querySelector( '.hip-widgets-locations tbody' );
	var template = document.getElementById( 'hip-widgets-location-template' );
	var button = document.querySelector( '.hip-widgets-add-location' );
	if ( ! table || ! template || ! button || ! ( 'content' in template ) ) {
		return;
	}
	var next = table.rows.length;
	button.hidden = false;
	button.addEventListener( 'click', function () {
		var html = template.innerHTML.replace( /__INDEX__/g, String( next ) );
		next += 1;
		table.insertAdjacentHTML( 'beforeend', html );
		var row = table.rows[ table.rows.length - 1 ];
		var first = row.querySelector( 'input[type="text"]' );
		if ( first ) {
			first.focus();
		}
	} );
	table.addEventListener( 'change', function ( event ) {
		var box = event.target;
		if ( box && box.matches && box.matches( '.hip-widgets-remove input' ) ) {
			box.closest( 'tr' ).classList.toggle( 'hip-widgets-removed', box.checked );
		}
	} );
}() );
