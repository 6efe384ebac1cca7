import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chooseLocation, configVersion, pageConfig, reportUnknownLocation, subscribeToConfig, watchPageConfig, type LocationChoice, type PageConfig } from '../config.js';

/**
 * Subscribes an element to the page config (see config.ts): while the element
 * is connected, every change of the config (a config script added by a plugin
 * after load, a later `configure()`) requests an update, so the element reads
 * the new config in its next `willUpdate`. Unsubscribes on disconnect, so a
 * removed element is not kept alive by the config; on reconnect it catches up
 * with any change it missed.
 *
 * A controller rather than a mixin or base class (STYLE.md): the elements share
 * only this behaviour, and composing it keeps each element's class its own.
 */
export class PageConfigController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private unsubscribe?: () => void;
  /** The config version the host last rendered; -1 before its first update. */
  private renderedVersion = -1;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** The page config in force. */
  get config(): PageConfig {
    return pageConfig();
  }

  /**
   * Which location the host shows for its `location` attribute (blank: none),
   * reporting an id the config does not know under the host's tag (once per page).
   */
  chooseLocation(tag: string, requested: string): LocationChoice {
    const { choice, unknown } = chooseLocation(requested || undefined);
    if (unknown) reportUnknownLocation(tag, unknown, choice);
    return choice;
  }

  hostConnected(): void {
    // An element imported on its own, without the entry module, still reads the page's config scripts.
    watchPageConfig();
    this.unsubscribe ??= subscribeToConfig(() => this.host.requestUpdate());
    if (this.renderedVersion !== -1 && this.renderedVersion !== configVersion()) this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.renderedVersion = configVersion();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
