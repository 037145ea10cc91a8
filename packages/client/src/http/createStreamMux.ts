import type { ResourceKind } from '../model/ResourceKind.js';
import type { StreamEnd } from '../protocol/StreamEnd.js';
import type { StreamManyInput } from '../protocol/StreamManyInput.js';
import type { ClientEnvironment } from './ClientOptions.js';
import { createBackoff } from './createBackoff.js';
import { readEventStream } from './readEventStream.js';

/** The records one `POST /stream` carries at most; watches past them stream on their own. */
const maxRecords = 32;
/** How long the mux waits for more watches before it reopens: the lines of a list start within a few ms. */
const gatherMs = 30;

/** One watch's place on the shared stream. */
export interface StreamMember {
  kind: ResourceKind;
  id: string;
  /**
   * The token to stream the record with, read at every opening: the most privileged valid one the client holds
   * then, so a later lookup's better token takes over when the stream reopens.
   */
  getToken(): string;
  /**
   * Hands the watch the `data` of an `update` event of its record, with `json`, the data the mux already parsed to
   * route it (the watch validates it, without parsing it again).
   */
  emit(data: string, json: unknown): void;
  /** The shared stream dropped (with the error, when there is one): the watch may be out of date. */
  drop(error?: unknown): void;
}

/** What the mux needs of the client: opening `POST /stream`, and turning a failed read into its typed error. */
export interface StreamMuxSetup {
  /** Opens `POST /stream` for `records`: the body of a `200`, `false` when the backend cannot push. */
  open(records: StreamManyInput['records'], signal: AbortSignal): Promise<ReadableStream<Uint8Array> | false>;
  /** Turns a failure while reading into the client's typed error (`NetworkError`). */
  mapError(error: unknown, signal: AbortSignal): Promise<unknown>;
  environment: ClientEnvironment | undefined;
}

/**
 * Adds a watch to the shared stream; settles `false` when the backend cannot push (the watch polls), `'single'`
 * when the watch must stream on its own: the handler predates `POST /stream`, the stream is full, or the record left
 * it (an `end` event: its own stream then answers why, a 401 ending the watch). Otherwise it stays pending until
 * `signal` aborts.
 */
export type StreamMux = (member: StreamMember, signal: AbortSignal) => Promise<false | 'single' | undefined>;

interface Entry extends StreamMember {
  settle(value: false | 'single' | undefined): void;
}

/**
 * One event stream for every record a client watches (`POST /stream`), so a page that shows a list of orders holds
 * one connection however long the list. Watches that start together are gathered into one opening; a watch that
 * joins later reopens the stream with every record (each is sent again first, so nothing is missed). A dropped
 * stream is reopened with backoff (1 s, 2 s … 30 s, at once when the device comes back online), and every watch
 * on it hears `drop`. Each opening reads every watch's token anew. A record's `end` event sends the watches that
 * still read the token it was opened with to a stream of their own; those that now read another (a later lookup's)
 * stay, and the stream reopens with it.
 *
 * @example streams.mux ??= createStreamMux(setup); const joined = await streams.mux(member, signal)
 */
export function createStreamMux(setup: StreamMuxSetup): StreamMux {
  const entries = new Set<Entry>();
  const backoff = createBackoff();
  let supported = true;
  let connection: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let removeOnline: (() => void) | undefined;
  // An opening is queued for the end of the current task.
  let queued = false;
  // The token the open stream carries for each record (`kind` and `id`): the newest watch's.
  let carried = new Map<string, StreamManyInput['records'][number]>();

  const matching = (kind: string, id: string) => [...entries].filter((entry) => entry.kind === kind && entry.id === id);
  const close = () => {
    clearTimeout(timer);
    timer = undefined;
    removeOnline?.();
    removeOnline = undefined;
    connection?.abort();
    connection = undefined;
  };
  const schedule = (wait: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void open(), wait);
  };
  const settleAll = (value: false | 'single') => {
    close();
    for (const entry of [...entries]) entry.settle(value);
  };
  // A record left the stream (the token it was opened with expired, or it is gone): the watches that hold that token
  // stream it on their own, which turns the server's answer into the protocol's error (a 401 ends the watch)
  // without this module carrying that code. Watches of the record that now read another token (a later lookup's)
  // stay, and the stream reopens with it.
  const endRecord = (data: string) => {
    let ended: Partial<StreamEnd> = {};
    try {
      ended = JSON.parse(data);
    } catch {
      // Malformed: no record can be named, so none leaves.
    }
    const kind = String(ended.kind);
    const id = String(ended.id);
    const token = carried.get(`${kind}\n${id}`)?.token;
    for (const entry of matching(kind, id)) if (entry.getToken() === token) entry.settle('single');
    if (matching(kind, id).length > 0) schedule(gatherMs);
  };
  const dropped = (error?: unknown) => {
    connection = undefined;
    if (entries.size === 0) return close();
    for (const entry of [...entries]) entry.drop(error);
    const online = setup.environment?.isOnline?.() !== false;
    schedule(backoff.next(online));
    removeOnline = setup.environment?.onOnline?.(() => {
      backoff.reset();
      schedule(0);
    });
  };
  async function open() {
    close();
    if (entries.size === 0) return;
    const controller = new AbortController();
    connection = controller;
    const { signal } = controller;
    // One token per record (the server reads the first it is given), read now: a better one a later lookup brought
    // takes over at the next opening.
    carried = new Map(
      [...entries].map(({ kind, id, getToken }) => [`${kind}\n${id}`, { kind, id, token: getToken() }]),
    );
    const records = [...carried.values()];
    try {
      const body = await setup.open(records, signal);
      if (!body) return settleAll(false);
      await readEventStream(body, ({ type, data }) => {
        if (type === 'end') return endRecord(data);
        if (type !== 'update') return;
        backoff.reset();
        let json: unknown;
        let record: Record<string, { id?: unknown } | undefined> & { kind?: unknown } = {};
        try {
          json = JSON.parse(data);
          record = Object(json);
        } catch {
          // Not JSON: every watch hears it and reports it.
        }
        const kind = String(record.kind);
        // Unknown or malformed: every watch hears it and reports it (their validation says what is wrong).
        const to = matching(kind, String(record[kind]?.id));
        for (const entry of to.length > 0 ? to : entries) entry.emit(data, json);
      });
      if (connection === controller) dropped();
    } catch (error) {
      if (connection !== controller) return;
      const { code, status } = error as { code?: unknown; status?: unknown };
      // A handler from before `POST /stream` has no such route (a 404, or a 405 behind a router that knows the
      // path): every watch streams on its own.
      if (code === 'not_found' || status === 405) {
        supported = false;
        return settleAll('single');
      }
      dropped(await setup.mapError(error, signal));
    }
  }

  return (member, signal) => {
    const known = matching(member.kind, member.id).length > 0;
    if (!supported || (entries.size >= maxRecords && !known)) return Promise.resolve('single');
    return new Promise((resolve) => {
      const leave = () => {
        signal.removeEventListener('abort', stop);
        if (!entries.delete(entry)) return;
        // The last watch gone: nothing left to stream. Others leaving stay on the stream until it reopens.
        if (entries.size === 0) close();
      };
      const stop = () => {
        leave();
        resolve(undefined);
      };
      const entry: Entry = {
        ...member,
        settle(value) {
          leave();
          resolve(value);
        },
      };
      entries.add(entry);
      signal.addEventListener('abort', stop, { once: true });
      // A record the stream already carries (under another token) needs no reopening. The first watches open it
      // once the current task is done (every watch it started joins); later ones reopen it after a short wait; while
      // a dropped stream backs off, they join its next opening.
      if (known) return;
      if (connection) schedule(gatherMs);
      else if (!timer && !queued) {
        queued = true;
        queueMicrotask(() => {
          queued = false;
          void open();
        });
      }
    });
  };
}
