/**
 * The block "Heupklachten" in the editor: plain JavaScript on WordPress's own
 * globals (wp.blocks, wp.blockEditor, wp.components, wp.data, wp.element,
 * wp.i18n; see index.asset.php), so there is no build step to run.
 *
 * The canvas shows the real elements with the block's attributes, live: the
 * classic bundle is the block's script in the editor (includes/block.php), so
 * WordPress loads it into the canvas, also when that is an iframe, and
 * configures it with the settings' locations. Not ServerSideRender: the
 * server's output is these elements' declarative shadow DOM, which markup
 * inserted by script does not attach, and the elements render the same
 * content themselves at once, without a request per change (the plugin test
 * checks that the two agree).
 *
 * The block saves nothing but its attributes (save returns null); the server
 * renders it, checking each attribute as it checks a shortcode's.
 */
/* global window */
( function ( wp ) {
	'use strict';

	const { registerBlockType } = wp.blocks;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { Button, CheckboxControl, PanelBody, Placeholder, SelectControl, TextControl, ToggleControl } = wp.components;
	const { useSelect } = wp.data;
	const { createElement: el, Fragment, useEffect, useRef } = wp.element;
	const { __, sprintf } = wp.i18n;

	const NAME = 'hip-widgets/heupklachten';
	/** From the server (includes/block.php): conditions with their names, statistics, the settings' locations, the default language. */
	const DATA = Object.assign(
		{ conditions: [], stats: [], locations: [], defaultLocation: '', locale: 'nl', locales: [ 'nl', 'en', 'de', 'fr' ] },
		window.hipWidgetsBlock
	);
	/** Each language in its own name, as a language menu writes it. */
	const AUTONYMS = { nl: 'Nederlands', en: 'English', de: 'Deutsch', fr: 'Français' };
	const SHOWS = [ 'section', 'card', 'checklist', 'cta', 'figure' ];
	const CONDITION_IDS = DATA.conditions.map( ( condition ) => condition.id );

	const conditionName = ( id ) => {
		const found = DATA.conditions.find( ( condition ) => condition.id === id );
		return found ? found.name : id;
	};
	const text = ( value ) => ( typeof value === 'string' ? value : '' );

	/** The known condition ids of a list, in its order, each once (as the server reads it: hip_widgets_parse_conditions()). */
	function parseConditions( value ) {
		const ids = [];
		text( value )
			.toLowerCase()
			.split( ',' )
			.forEach( ( part ) => {
				const id = part.trim();
				if ( CONDITION_IDS.indexOf( id ) >= 0 && ids.indexOf( id ) < 0 ) {
					ids.push( id );
				}
			} );
		return ids;
	}

	/** A number as the server reads it (hip_widgets_parse_number()): "3,1" is 3.1; '' when it is not one. */
	function parseNumber( value ) {
		const number = text( value ).trim().replace( ',', '.' );
		return /^-?\d{1,15}(\.\d{1,10})?$/.test( number ) ? number : '';
	}

	/** Element attributes without the empty ones (an absent attribute is the element's default). */
	function attributesOf( pairs ) {
		const result = {};
		Object.keys( pairs ).forEach( ( name ) => {
			if ( pairs[ name ] !== '' && pairs[ name ] !== false ) {
				result[ name ] = pairs[ name ] === true ? '' : pairs[ name ];
			}
		} );
		return result;
	}

	/** The first language a block of this kind sets in the post, in document order: the page's (includes/block.php). */
	function firstLanguage( blocks ) {
		for ( const block of blocks ) {
			if ( block.name === NAME && DATA.locales.indexOf( block.attributes.language ) >= 0 ) {
				return block.attributes.language;
			}
			const inner = firstLanguage( block.innerBlocks || [] );
			if ( inner ) {
				return inner;
			}
		}
		return '';
	}

	function locationOptions( current ) {
		const label = ( location ) => location.name || location.id;
		const find = ( id ) => DATA.locations.find( ( location ) => location.id === id );
		const fallback = find( DATA.defaultLocation ) || ( DATA.locations.length === 1 ? DATA.locations[ 0 ] : undefined );
		let first;
		if ( fallback ) {
			/* translators: %s: the name of the practice's default location. */
			first = sprintf( __( 'Default: %s', 'hip-widgets' ), label( fallback ) );
		} else if ( DATA.locations.length > 1 ) {
			first = __( 'None: visitors pick one', 'hip-widgets' );
		} else {
			first = __( 'None (no locations in Settings → Hip widgets)', 'hip-widgets' );
		}
		const options = [ { value: '', label: first } ].concat( DATA.locations.map( ( location ) => ( { value: location.id, label: label( location ) } ) ) );
		if ( current && ! find( current ) ) {
			/* translators: %s: a location id that the settings no longer have. */
			options.push( { value: current, label: sprintf( __( '%s (not in the settings: the default is shown)', 'hip-widgets' ), current ) } );
		}
		return options;
	}

	function headingLevelControl( value, defaultLevel, onChange ) {
		return el( SelectControl, {
			label: __( 'Heading level', 'hip-widgets' ),
			value: text( value ),
			/* translators: %d: a heading level, 2 to 6. */
			options: [ { value: '', label: sprintf( __( 'Default (h%d)', 'hip-widgets' ), defaultLevel ) } ].concat(
				[ 2, 3, 4, 5, 6 ].map( ( level ) => ( { value: String( level ), label: 'h' + level } ) )
			),
			onChange,
		} );
	}

	/** The section's conditions: tick to show (appended at the end), move up and down to order; none ticked is all six. */
	function conditionsPanel( value, onChange ) {
		const chosen = parseConditions( value );
		const save = ( ids ) => onChange( ids.join( ',' ) );
		const move = ( index, by ) => {
			const ids = chosen.slice();
			ids.splice( index + by, 0, ids.splice( index, 1 )[ 0 ] );
			save( ids );
		};
		const row = ( id, children ) => el( 'div', { key: id, className: 'hip-widgets-block-condition', style: { display: 'flex', alignItems: 'center', gap: '4px' } }, children );
		const chosenRows = chosen.map( ( id, index ) =>
			row( id, [
				el( 'div', { key: 'box', style: { flex: '1' } }, el( CheckboxControl, { label: conditionName( id ), checked: true, onChange: () => save( chosen.filter( ( other ) => other !== id ) ) } ) ),
				el( Button, {
					key: 'up',
					icon: 'arrow-up-alt2',
					/* translators: %s: the name of a condition. */
					label: sprintf( __( 'Move “%s” up', 'hip-widgets' ), conditionName( id ) ),
					disabled: index === 0,
					onClick: () => move( index, -1 ),
				} ),
				el( Button, {
					key: 'down',
					icon: 'arrow-down-alt2',
					/* translators: %s: the name of a condition. */
					label: sprintf( __( 'Move “%s” down', 'hip-widgets' ), conditionName( id ) ),
					disabled: index === chosen.length - 1,
					onClick: () => move( index, 1 ),
				} ),
			] )
		);
		const otherRows = CONDITION_IDS.filter( ( id ) => chosen.indexOf( id ) < 0 ).map( ( id ) =>
			row( id, el( CheckboxControl, { label: conditionName( id ), checked: false, onChange: () => save( chosen.concat( id ) ) } ) )
		);
		return el(
			PanelBody,
			{ title: __( 'Conditions', 'hip-widgets' ), initialOpen: true },
			el( 'p', null, chosen.length ? __( 'Shown in this order.', 'hip-widgets' ) : __( 'None ticked: all six, in the page’s order.', 'hip-widgets' ) ),
			chosenRows,
			otherRows
		);
	}

	function settingsPanel( attributes, setAttributes, show ) {
		const set = ( name ) => ( value ) => setAttributes( { [ name ]: value } );
		const controls = [
			el( SelectControl, {
				key: 'show',
				label: __( 'Show', 'hip-widgets' ),
				value: show,
				options: [
					{ value: 'section', label: __( 'The whole section', 'hip-widgets' ) },
					{ value: 'card', label: __( 'A condition card', 'hip-widgets' ) },
					{ value: 'checklist', label: __( 'The symptom self-check', 'hip-widgets' ) },
					{ value: 'cta', label: __( 'The call to action', 'hip-widgets' ) },
					{ value: 'figure', label: __( 'A statistic', 'hip-widgets' ) },
				],
				onChange: set( 'show' ),
			} ),
		];
		if ( show === 'section' || show === 'cta' ) {
			controls.push(
				el( SelectControl, {
					key: 'location',
					label: __( 'Location', 'hip-widgets' ),
					help: __( 'Whose contact details the call to action shows; the locations are set in Settings → Hip widgets.', 'hip-widgets' ),
					value: text( attributes.location ),
					options: locationOptions( text( attributes.location ) ),
					onChange: set( 'location' ),
				} )
			);
		}
		if ( show === 'card' ) {
			controls.push(
				el( SelectControl, {
					key: 'condition',
					label: __( 'Condition', 'hip-widgets' ),
					value: CONDITION_IDS.indexOf( attributes.condition ) >= 0 ? attributes.condition : '',
					options: [ { value: '', label: __( 'Choose a condition', 'hip-widgets' ), disabled: true } ].concat(
						DATA.conditions.map( ( condition ) => ( { value: condition.id, label: condition.name } ) )
					),
					onChange: set( 'condition' ),
				} ),
				el( ToggleControl, { key: 'open', label: __( 'Open at first', 'hip-widgets' ), checked: attributes.open === true, onChange: set( 'open' ) } )
			);
		}
		if ( show === 'section' || show === 'card' ) {
			controls.push( el( Fragment, { key: 'level' }, headingLevelControl( attributes.headingLevel, show === 'section' ? 2 : 3, set( 'headingLevel' ) ) ) );
		}
		if ( show === 'figure' ) {
			controls.push(
				el( SelectControl, {
					key: 'stat',
					label: __( 'Statistic', 'hip-widgets' ),
					value: DATA.stats.indexOf( attributes.stat ) >= 0 ? attributes.stat : '',
					options: [ { value: '', label: __( 'A number of your own', 'hip-widgets' ) } ].concat( DATA.stats.map( ( id ) => ( { value: id, label: id } ) ) ),
					onChange: set( 'stat' ),
				} )
			);
			if ( DATA.stats.indexOf( attributes.stat ) < 0 ) {
				controls.push(
					el( TextControl, { key: 'value', label: __( 'Number', 'hip-widgets' ), value: text( attributes.value ), onChange: set( 'value' ) } ),
					el( TextControl, { key: 'max', label: __( 'Out of (optional)', 'hip-widgets' ), value: text( attributes.max ), onChange: set( 'max' ) } ),
					el( TextControl, { key: 'unit', label: __( 'Unit (optional, e.g. %)', 'hip-widgets' ), value: text( attributes.unit ), onChange: set( 'unit' ) } ),
					el( TextControl, { key: 'label', label: __( 'Caption', 'hip-widgets' ), value: text( attributes.label ), onChange: set( 'label' ) } )
				);
			}
		}
		controls.push(
			el( SelectControl, {
				key: 'language',
				label: __( 'Language', 'hip-widgets' ),
				help: __( 'The widgets show one language per page: the first block on the page with a language sets it for all of them.', 'hip-widgets' ),
				value: DATA.locales.indexOf( attributes.language ) >= 0 ? attributes.language : '',
				/* translators: %s: a language's name, e.g. "Nederlands". */
				options: [ { value: '', label: sprintf( __( 'The site’s (%s)', 'hip-widgets' ), AUTONYMS[ DATA.locale ] || DATA.locale ) } ].concat(
					DATA.locales.map( ( locale ) => ( { value: locale, label: AUTONYMS[ locale ] || locale } ) )
				),
				onChange: set( 'language' ),
			} )
		);
		return el( PanelBody, { title: __( 'Heupklachten', 'hip-widgets' ), initialOpen: true }, controls );
	}

	/** The element the block shows, with the attributes the server would give it; a placeholder while it has too few. */
	function preview( attributes, show ) {
		const placeholder = ( instructions ) => el( Placeholder, { icon: 'heart', label: __( 'Heupklachten', 'hip-widgets' ), instructions } );
		switch ( show ) {
			case 'card':
				if ( CONDITION_IDS.indexOf( attributes.condition ) < 0 ) {
					return placeholder( __( 'Choose a condition in the block’s settings.', 'hip-widgets' ) );
				}
				return el( 'hip-condition-card', attributesOf( { condition: attributes.condition, open: attributes.open === true, 'heading-level': text( attributes.headingLevel ) } ) );
			case 'checklist':
				return el( 'symptom-checklist' );
			case 'cta':
				return el( 'appointment-cta', attributesOf( { location: text( attributes.location ) } ) );
			case 'figure':
				if ( DATA.stats.indexOf( attributes.stat ) >= 0 ) {
					return el( 'stats-figure', { stat: attributes.stat } );
				}
				if ( parseNumber( attributes.value ) === '' ) {
					return placeholder( __( 'Choose a statistic, or type a number, in the block’s settings.', 'hip-widgets' ) );
				}
				return el(
					'stats-figure',
					attributesOf( { value: parseNumber( attributes.value ), max: parseNumber( attributes.max ), unit: text( attributes.unit ), label: text( attributes.label ) } )
				);
			default:
				return el(
					'hip-complaints-section',
					attributesOf( { conditions: parseConditions( attributes.conditions ).join( ',' ), 'heading-level': text( attributes.headingLevel ), location: text( attributes.location ) } )
				);
		}
	}

	function Edit( { attributes, setAttributes } ) {
		const show = SHOWS.indexOf( attributes.show ) >= 0 ? attributes.show : 'section';
		const ref = useRef( null );
		const blockProps = useBlockProps( { ref } );
		const pageLanguage = useSelect( ( select ) => firstLanguage( select( 'core/block-editor' ).getBlocks() ), [] );

		// The canvas's widgets speak the page's language; its window is the iframe's where the canvas is one.
		useEffect( () => {
			const view = ref.current && ref.current.ownerDocument.defaultView;
			if ( ! view || ! view.customElements ) {
				return undefined;
			}
			let current = true;
			view.customElements.whenDefined( 'hip-complaints-section' ).then( () => {
				if ( current && view.HipWidgets ) {
					view.HipWidgets.setLocale( pageLanguage || null );
				}
			} );
			return () => {
				current = false;
			};
		}, [ pageLanguage ] );

		// A link in a widget (booking page, phone, e-mail) must not take the editor away from the post.
		useEffect( () => {
			const node = ref.current;
			if ( ! node ) {
				return undefined;
			}
			const stay = ( event ) => {
				if ( event.composedPath().some( ( target ) => target.localName === 'a' ) ) {
					event.preventDefault();
				}
			};
			node.addEventListener( 'click', stay, true );
			return () => node.removeEventListener( 'click', stay, true );
		}, [] );

		return el(
			Fragment,
			null,
			el( InspectorControls, null, settingsPanel( attributes, setAttributes, show ), show === 'section' ? conditionsPanel( attributes.conditions, ( value ) => setAttributes( { conditions: value } ) ) : null ),
			el( 'div', blockProps, preview( attributes, show ) )
		);
	}

	registerBlockType( NAME, {
		edit: Edit,
		// Dynamic: the post keeps only the attributes, the server renders them.
		save: () => null,
	} );
} )( window.wp );
