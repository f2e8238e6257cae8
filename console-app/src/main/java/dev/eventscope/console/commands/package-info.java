/**
 * The commands screen: a composer that builds a form for any registered command from its JSON
 * schema ({@link dev.eventscope.console.commands.CommandForm}), sends it through the mediator and
 * shows the answer or the rejection inline, plus {@link dev.eventscope.console.commands.OrderPlacer}
 * for "place N random orders".
 */
package dev.eventscope.console.commands;
