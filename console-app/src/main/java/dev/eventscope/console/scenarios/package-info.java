/**
 * The Scenarios screen: pick a shipped scenario, read its story, tweak its order count, rate and
 * seed, run it with live charts and narration, check its expectations and save the HTML report;
 * beside it the fault sliders that change the running system's faults at once.
 */
package dev.eventscope.console.scenarios;
