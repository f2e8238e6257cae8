/**
 * The console's looks: a {@link dev.eventscope.console.theme.Theme} per CSS file in the
 * {@code themes} module (light, dark, high contrast, each with a matching GraphStream stylesheet),
 * the CSS class names views use, and the switcher that swaps both at runtime.
 */
package dev.eventscope.console.theme;
