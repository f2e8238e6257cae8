/** The floor of the comparison: the order-flow workload by hand, on HashMaps, with no framework. */
package dev.eventscope.benchmarks.bare;
