/**
 * The Events screen: the stored events read from the store in pages (a bounded window, so a store
 * of millions of rows scrolls without being loaded), filtered by scanning pages off the UI thread,
 * with each event's full envelope as JSON.
 */
package dev.eventscope.console.events;
