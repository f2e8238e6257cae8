/**
 * JMH micro-benchmarks of single runtime parts (store append, JSON codec), to see what one
 * component costs when the end-to-end order-flow figure moves. Run them with JMH's own main.
 */
package dev.eventscope.benchmarks.jmh;
