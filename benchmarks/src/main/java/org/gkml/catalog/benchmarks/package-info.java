/** JMH benchmarks: every measured operation has a baseline in the same run (bare token scan, plain reads). */
package org.gkml.catalog.benchmarks;
