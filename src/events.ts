/**
 * Typed events. Each bubbles and is composed: a CMS may nest an element inside
 * another shadow root, and the page's analytics or booking code listens on
 * `document`.
 */
import type { SymptomId } from './content/types.js';

/** Fired by `<symptom-checklist>` whenever the visitor ticks or unticks a symptom. */
export class HipChecklistChangeEvent extends Event {
  static readonly eventName = 'hip-checklist-change';
  /** Ids of the ticked symptoms, in the list's order. Never sent or stored by the library. */
  readonly symptoms: readonly SymptomId[];

  constructor(symptoms: readonly SymptomId[]) {
    super(HipChecklistChangeEvent.eventName, { bubbles: true, composed: true });
    this.symptoms = symptoms;
  }
}

/** How the visitor chose to get in touch. */
export type AppointmentChannel = 'booking' | 'phone' | 'email';

/** Fired by `<appointment-cta>` when the visitor follows one of its links. */
export class HipAppointmentClickEvent extends Event {
  static readonly eventName = 'hip-appointment-click';
  /** Which link was followed. */
  readonly channel: AppointmentChannel;
  /** The link's target (`https://…`, `tel:+31…` or `mailto:…`). */
  readonly href: string;

  constructor(channel: AppointmentChannel, href: string) {
    super(HipAppointmentClickEvent.eventName, { bubbles: true, composed: true });
    this.channel = channel;
    this.href = href;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hip-checklist-change': HipChecklistChangeEvent;
    'hip-appointment-click': HipAppointmentClickEvent;
  }
}
