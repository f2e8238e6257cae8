/**
 * The services as separate processes: which bounded contexts a process runs, how its own events
 * leave for the bus and other services' events arrive in its store, where commands for other
 * services go, and the state file a local fleet is described by.
 */
package dev.eventscope.services.fleet;
