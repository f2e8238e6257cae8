/**
 * The benchmarks' command-line entry: runs the order-flow comparison and prints its table (the one
 * place in this module that writes to standard output).
 */
package dev.eventscope.benchmarks.cli;
