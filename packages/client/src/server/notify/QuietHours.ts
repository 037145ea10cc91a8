/** A nightly window in which no message is sent; messages due inside it wait for its end. */
export interface QuietHours {
  /**
   * Start of the window, `HH:mm` on a 24-hour clock.
   * @example '21:00'
   */
  start: string;
  /**
   * End of the window, `HH:mm`; earlier than `start` means the window spans midnight.
   * @example '08:00'
   */
  end: string;
  /**
   * IANA zone the times are read in: your shoppers' zone.
   * @example 'America/New_York'
   */
  timeZone: string;
}
