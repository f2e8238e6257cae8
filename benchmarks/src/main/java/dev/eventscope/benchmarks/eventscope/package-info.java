/** Eventscope as a contender: runs timed by the services Benchmark, a system kept open to weigh its heap. */
package dev.eventscope.benchmarks.eventscope;
