/**
 * The guided tour: five short steps over the main window, shown on the first start, skippable, and
 * reopened from the Help menu. Each step points at the navigation item it talks about.
 */
package dev.eventscope.console.tour;
