package dev.eventscope.services.scenario;

import dev.eventscope.services.simulation.SimulationReport;

/**
 * What a finished run established, for its expectations to judge.
 *
 * @param settleSeconds from the end of the load and of the last fault to the last order's final status
 * @param deadLettersLeft messages still parked at the end
 * @param compensations stock releases and refunds the saga ordered
 */
public record RunFacts(SimulationReport report, double settleSeconds, long deadLettersLeft, long compensations) {}
