/**
 * The embedded store: SQLite in one file under the data folder, the durable default that needs no
 * server. One write connection behind a lock keeps positions gap-safe; a second connection reads
 * beside it (WAL mode). A read-only open leaves the folder byte-identical, for dry runs.
 */
package dev.eventscope.runtime.store.embedded;
