package org.frontline.db;

/** A row of a batched statement with the key of the parent it was read for. */
public record Keyed<T>(long key, T value) {
}
