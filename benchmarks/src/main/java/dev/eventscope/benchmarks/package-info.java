/**
 * The order-flow comparison: Eventscope's orders context beside the same workload on Axon
 * Framework 4.13 and on a bare hand-written loop, in one JVM, with retained heap per order.
 * Axon lives in this module only; nothing else in Eventscope may depend on it.
 */
package dev.eventscope.benchmarks;
