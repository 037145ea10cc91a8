// src/time/getLocalMillis.ts
var localPattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;
function getLocalMillis(local) {
  const match = localPattern.exec(local);
  if (!match) return Number.NaN;
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const fraction = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1e3) : 0;
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, fraction);
  const valid = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60;
  return valid && second < 60 ? date.getTime() : Number.NaN;
}

// src/time/getZoneOffset.ts
var formatters = /* @__PURE__ */ new Map();
function getFormatter(zone) {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}
function getZoneOffset(date, zone) {
  const time = date.getTime();
  if (Number.isNaN(time)) return Number.NaN;
  if (zone === void 0) return -date.getTimezoneOffset();
  let formatter;
  try {
    formatter = getFormatter(zone);
  } catch {
    return Number.NaN;
  }
  const parts = {};
  for (const { type, value } of formatter.formatToParts(date)) parts[type] = Number(value);
  const wall = /* @__PURE__ */ new Date(0);
  wall.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  wall.setUTCHours(parts.hour % 24, parts.minute, parts.second);
  return Math.round((wall.getTime() - (time - date.getUTCMilliseconds())) / 6e4);
}

// src/time/toInstant.ts
var DAY = 864e5;
function toInstant(time) {
  if (time.kind === "instant") {
    const date = new Date(time.utc);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  if (time.kind === "date" || !time.zone) return null;
  const local = getLocalMillis(time.local);
  const zone = time.zone;
  const before = getZoneOffset(new Date(local - DAY), zone);
  const after = getZoneOffset(new Date(local + DAY), zone);
  if (Number.isNaN(local) || Number.isNaN(before) || Number.isNaN(after)) return null;
  const matches = [before, after].map((offset) => local - offset * 6e4).filter((candidate) => getZoneOffset(new Date(candidate), zone) * 6e4 === local - candidate);
  return new Date(matches.length > 0 ? Math.min(...matches) : local - before * 6e4);
}

// src/time/formatTime.ts
var styles = {
  date: { dateStyle: "medium" },
  datetime: { dateStyle: "medium", timeStyle: "short" },
  time: { timeStyle: "short" },
  weekday: { weekday: "long", month: "long", day: "numeric" }
};
var formatters2 = /* @__PURE__ */ new Map();
function getFormatter2(locale, timeZone, style) {
  const key = `${locale}|${timeZone ?? ""}|${style}`;
  let formatter = formatters2.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...styles[style], timeZone });
    formatters2.set(key, formatter);
  }
  return formatter;
}
function formatTime(time, options) {
  const requested = options.style ?? "datetime";
  if (time.kind === "date") {
    const style = requested === "weekday" ? requested : "date";
    return format(getLocalMillis(time.date), getFormatter2(options.locale, "UTC", style), time.raw);
  }
  const instant = toInstant(time);
  if (instant) return format(instant.getTime(), getFormatter2(options.locale, options.timeZone, requested), time.raw);
  const local = time.kind === "wall" ? getLocalMillis(time.local) : Number.NaN;
  return format(local, getFormatter2(options.locale, "UTC", requested), time.raw);
}
function format(millis, formatter, fallback) {
  return Number.isNaN(millis) ? fallback : formatter.format(millis);
}

// ../../node_modules/.pnpm/date-fns@4.4.0/node_modules/date-fns/constants.js
var daysInYear = 365.2425;
var maxTime = Math.pow(10, 8) * 24 * 60 * 60 * 1e3;
var minTime = -maxTime;
var millisecondsInDay = 864e5;
var secondsInHour = 3600;
var secondsInDay = secondsInHour * 24;
var secondsInWeek = secondsInDay * 7;
var secondsInYear = secondsInDay * daysInYear;
var secondsInMonth = secondsInYear / 12;
var secondsInQuarter = secondsInMonth * 3;
var constructFromSymbol = /* @__PURE__ */ Symbol.for("constructDateFrom");

// ../../node_modules/.pnpm/date-fns@4.4.0/node_modules/date-fns/constructFrom.js
function constructFrom(date, value) {
  if (typeof date === "function") return date(value);
  if (date && typeof date === "object" && constructFromSymbol in date)
    return date[constructFromSymbol](value);
  if (date instanceof Date) return new date.constructor(value);
  return new Date(value);
}

// ../../node_modules/.pnpm/date-fns@4.4.0/node_modules/date-fns/toDate.js
function toDate(argument, context) {
  return constructFrom(context || argument, argument);
}

// ../../node_modules/.pnpm/date-fns@4.4.0/node_modules/date-fns/_lib/getTimezoneOffsetInMilliseconds.js
function getTimezoneOffsetInMilliseconds(date) {
  const _date = toDate(date);
  const utcDate = new Date(
    Date.UTC(
      _date.getFullYear(),
      _date.getMonth(),
      _date.getDate(),
      _date.getHours(),
      _date.getMinutes(),
      _date.getSeconds(),
      _date.getMilliseconds()
    )
  );
  utcDate.setUTCFullYear(_date.getFullYear());
  return +date - +utcDate;
}

// ../../node_modules/.pnpm/date-fns@4.4.0/node_modules/date-fns/_lib/normalizeDates.js
function normalizeDates(context, ...dates) {
  const normalize = constructFrom.bind(
    null,
    context || dates.find((date) => typeof date === "object")
  );
  return dates.map(normalize);
}

// ../../node_modules/.pnpm/date-fns@4.4.0/node_modules/date-fns/startOfDay.js
function startOfDay(date, options) {
  const _date = toDate(date, options?.in);
  _date.setHours(0, 0, 0, 0);
  return _date;
}

// ../../node_modules/.pnpm/date-fns@4.4.0/node_modules/date-fns/differenceInCalendarDays.js
function differenceInCalendarDays(laterDate, earlierDate, options) {
  const [laterDate_, earlierDate_] = normalizeDates(
    options?.in,
    laterDate,
    earlierDate
  );
  const laterStartOfDay = startOfDay(laterDate_);
  const earlierStartOfDay = startOfDay(earlierDate_);
  const laterTimestamp = +laterStartOfDay - getTimezoneOffsetInMilliseconds(laterStartOfDay);
  const earlierTimestamp = +earlierStartOfDay - getTimezoneOffsetInMilliseconds(earlierStartOfDay);
  return Math.round((laterTimestamp - earlierTimestamp) / millisecondsInDay);
}

// src/time/getCalendarDate.ts
function getCalendarDate(time, timeZone) {
  if (!(time instanceof Date)) {
    if (time.kind === "date") return time.date;
    const instant = toInstant(time);
    if (!instant) return time.kind === "wall" ? time.local.slice(0, 10) : null;
    return getCalendarDate(instant, timeZone);
  }
  const offset = getZoneOffset(time, timeZone);
  if (Number.isNaN(offset)) return null;
  return new Date(time.getTime() + offset * 6e4).toISOString().slice(0, 10);
}

// src/time/getEtaSummary.ts
function toLocalDate(date) {
  const local = new Date(0, 0, 1);
  local.setFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return local;
}
function getEtaSummary(eta, options) {
  if (!eta || options.delivered) return null;
  const today = getCalendarDate(options.now, options.timeZone);
  if (!today) throw new RangeError(`[waypost] cannot read today's date in time zone ${options.timeZone}`);
  const date = getCalendarDate(eta.start, options.timeZone);
  if (!date) return null;
  const end = eta.end ? getCalendarDate(eta.end, options.timeZone) : null;
  const endDate = end && end > date ? end : void 0;
  const window = endDate ? { endDate } : {};
  const todayDate = toLocalDate(today);
  const untilStart = differenceInCalendarDays(toLocalDate(date), todayDate);
  const untilEnd = endDate ? differenceInCalendarDays(toLocalDate(endDate), todayDate) : untilStart;
  const moved = eta.changes.length > 0;
  if (untilEnd < 0) return { date, ...window, daysUntil: untilEnd, state: "late", lateByDays: -untilEnd, moved };
  const daysUntil = Math.max(untilStart, 0);
  const state = daysUntil === 0 ? "today" : daysUntil === 1 ? "tomorrow" : "upcoming";
  return { date, ...window, daysUntil, state, moved };
}

// src/time/parseTime.ts
var pattern = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
var compactPattern = /^(\d{4})(\d{2})(\d{2})$/;
var midnightPattern = /^00:00(?::00(?:\.0+)?)?$/;
function readOffset(text) {
  if (text.length === 1) return 0;
  const hours = Number(text.slice(1, 3));
  const minutes = text.length > 3 ? Number(text.slice(-2)) : 0;
  const total = hours * 60 + minutes;
  if (minutes >= 60 || total > 1080) return null;
  return text[0] === "-" ? -total || 0 : total;
}
function parseTime(raw, options = {}) {
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  const compact = compactPattern.exec(text);
  const match = compact ? [text, `${compact[1]}-${compact[2]}-${compact[3]}`] : pattern.exec(text);
  if (!match) return null;
  const [, date = "", clock, offsetText] = match;
  const local = clock ? `${date}T${clock}` : date;
  const millis = getLocalMillis(local);
  if (Number.isNaN(millis)) return null;
  if (!clock) return { kind: "date", date, raw };
  const zone = options.zone ? { zone: options.zone } : {};
  if (!offsetText) {
    if (options.assume === "utc") return { kind: "instant", utc: new Date(millis).toISOString(), ...zone, raw };
    return { kind: "wall", local, ...zone, raw };
  }
  const offset = readOffset(offsetText);
  if (offset === null) return null;
  if (options.dateOnlyAtMidnightUtc && offset === 0 && midnightPattern.test(clock)) {
    return { kind: "date", date, raw };
  }
  return { kind: "instant", utc: new Date(millis - offset * 6e4).toISOString(), offset, ...zone, raw };
}

// ../../../../tmp/sz/check.ts
console.log(formatTime(parseTime("2024-11-27"), { locale: "fr-FR", style: "weekday" }));
console.log(formatTime(parseTime("2014-05-04T14:06:23"), { locale: "en-US" }));
console.log(formatTime(parseTime("2024-11-27T14:05:00Z"), { locale: "en-US", timeZone: "America/New_York" }));
console.log(toInstant(parseTime("2024-11-03T01:30", { zone: "America/New_York" })));
console.log(getEtaSummary({ start: parseTime("2024-11-28"), changes: [] }, { now: /* @__PURE__ */ new Date("2024-11-27T12:00:00Z"), timeZone: "Europe/Paris" }));
