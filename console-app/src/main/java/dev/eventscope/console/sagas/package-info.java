/**
 * The Sagas screen: the order-fulfilment saga instances still in flight, asked of the mediator once a
 * second off the UI thread, with each one's step, time left before its deadline, compensation flag
 * and note; double-click opens the order's flow on the Trace screen.
 */
package dev.eventscope.console.sagas;
