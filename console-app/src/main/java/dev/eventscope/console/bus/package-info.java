/**
 * The Bus screen: the current bus strategy and its health, a live switch between strategies run off
 * the UI thread with its progress (connecting, draining and switching, resumed), and the history of
 * switches with their drain times.
 */
package dev.eventscope.console.bus;
