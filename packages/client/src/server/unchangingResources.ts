/**
 * Records that are never changed once made: what the provider cache parsed from an entry, handed to every reader of
 * that entry until it changes. A read may keep what it derived from one of these (its JSON and `ETag`) for as long
 * as the record lives; any other record is serialized afresh, since a source may change its objects in place.
 */
export const unchangingResources = new WeakSet<object>();
